// tdkt entry point: hands the command line to the CLI and returns its documented exit code.
#include <string>
#include <vector>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return tdkt::cli::run(args);
}
