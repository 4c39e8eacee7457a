#include "EveryCore.h"

#include <algorithm>
#include <thread>
#include <vector>

void runOnEveryCore(const std::function<void(bool callingThread)>& work, unsigned limit)
{
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, std::max(limit, 1u));
    std::vector<std::thread> others;
    for (unsigned t = 1; t < threads; ++t)
        others.emplace_back(work, false);
    work(true);
    for (std::thread& other : others)
        other.join();
}
