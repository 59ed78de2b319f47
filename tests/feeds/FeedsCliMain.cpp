// Test driver: the feed commands as `landslide` registers them, without the renderer.
#include "FeedCommands.h"

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"landslide feed tools (test driver)"};
  app.require_subcommand(1);
  int exitCode = 0;
  landslide::addFeedCommands(app, exitCode);
  CLI11_PARSE(app, argc, argv);
  return exitCode;
}
