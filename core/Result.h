#pragma once

#include <cassert>
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

} // namespace sv
