#pragma once

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace sv {

/// A value or an error (std::expected is C++23; this is the small subset the code base needs).
template <typename T, typename E>
class Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(E error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() &
    {
        assert(hasValue());
        return std::get<0>(m_v);
    }
    const T& value() const&
    {
        assert(hasValue());
        return std::get<0>(m_v);
    }
    T&& value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_v));
    }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const
    {
        assert(!hasValue());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, E> m_v;
};

/// Success or an error, for operations that produce nothing but can fail (in place of a
/// std::optional<E> whose empty value would mean success).
///
///     Result<void, SecretError> store(...);
///     if (auto stored = store(...); !stored)
///         report(stored.error());
///     return {}; // success
template <typename E>
class Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    {
    }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const E& error() const
    {
        assert(m_error.has_value());
        return *m_error;
    }

private:
    std::optional<E> m_error;
};

} // namespace sv
