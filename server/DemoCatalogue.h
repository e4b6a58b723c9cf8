#pragma once

namespace loyalty::server {

// The demo mall: about forty items in Simplified Chinese over every category and price band, with
// points + cash prices, tier prices and minimum tiers, a few low in stock or sold out, a few off the
// shelf or scheduled, each stocked by inbound movements through StockService. Seeds only an empty
// catalogue, so seeding members again does not add a second mall.
class DemoCatalogue
{
public:
    // In one transaction. Returns the number of items created (0 when there were items already), -1 on
    // failure (nothing is kept).
    static int seed();
};

} // namespace loyalty::server
