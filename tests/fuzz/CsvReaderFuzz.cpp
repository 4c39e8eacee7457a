#include "ReaderFuzzDriver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ReaderFuzzDriver::run(ReaderFuzzDriver::Format::Csv, data, size);
    return 0;
}
