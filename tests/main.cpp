#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include "security/random.hpp"

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  rmt::security::init_crypto();
  spdlog::set_level(spdlog::level::warn);
  return RUN_ALL_TESTS();
}
