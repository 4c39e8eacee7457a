#pragma once

#include <functional>

// Runs `work` on as many threads as the machine has cores (at most `limit`), the calling thread being one of
// them, and returns when every one has returned. `work` takes its share itself (from an atomic counter of
// tasks or slices); it is told whether it runs on the calling thread, the only one that may report progress.
void runOnEveryCore(const std::function<void(bool callingThread)>& work, unsigned limit = 8);
