#include "client/ClientLogging.h"

Q_LOGGING_CATEGORY(lcClient, "loyalty.client")
Q_LOGGING_CATEGORY(lcClientAuth, "loyalty.client.auth")
