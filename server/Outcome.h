#pragma once

#include "server/ServiceError.h"

#include <optional>
#include <utility>

namespace loyalty::server {

// A service's answer: a value, or the error that stopped it (std::expected is C++23).
template <typename T> class Outcome
{
public:
    Outcome(T value) : m_value(std::move(value)) {}
    Outcome(ServiceError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ServiceError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ServiceError m_error;
};

} // namespace loyalty::server
