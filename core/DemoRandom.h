#pragma once

#include <QtGlobal>
#include <cmath>
#include <span>

// The demo generator's random source. SplitMix64 with our own mappings to ranges, because the standard
// distributions may differ between library implementations and demo archives must be reproducible.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < bound (bound > 0); the modulo bias is far below anything visible in demo data.
    qint64 below(qint64 bound) { return qint64(next() % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); } // inclusive
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    bool chance(double probability) { return unit() < probability; }
    // Pareto with minimum 1: a few very large values, many close to 1.
    double pareto(double alpha) { return 1.0 / std::pow(1.0 - unit(), 1.0 / alpha); }

    template <typename T> const T& pick(std::span<const T> items) { return items[size_t(below(qint64(items.size())))]; }

private:
    quint64 m_state;
};
