// A folder of its own for one test, removed afterwards, and reading a file whole: shared by the unit tests
// that write real files (XLSX, packets, the lists units send).
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tdkt::test {

class TempDir {
 public:
  // <tmp>/tdkt-<suite>-<pid>-<test>: tests running at once in other processes never share it.
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() / ("tdkt-" + std::string(info->test_suite_name()) + "-" +
                                                     std::to_string(::getpid()) + "-" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  const std::filesystem::path& dir() const { return dir_; }
  // The names in the folder (or its sub-folder), sorted.
  std::vector<std::string> names(const std::string& sub = "") const {
    std::vector<std::string> out;
    for (auto& e : std::filesystem::directory_iterator(dir_ / sub))
      out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  std::filesystem::path dir_;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace tdkt::test
