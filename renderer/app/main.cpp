// landslide: a broadcast graphics renderer for election results.
#include "BenchCommand.h"
#include "FeedCommands.h"
#include "RehearseCommand.h"
#include "RenderCommand.h"
#include "console/ConsoleCommand.h"
#include "control/ServeCommand.h"

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"Landslide: broadcast graphics for election results"};
  app.require_subcommand(1);
  int exitCode = 0;
  landslide::addRenderCommand(app, exitCode);
  landslide::addScenesCommand(app, exitCode);
  landslide::addBenchCommand(app, exitCode);
  landslide::addConsoleCommand(app, exitCode);
  landslide::addServeCommand(app, exitCode);
  landslide::addFeedCommands(app, exitCode);
  landslide::addRehearseCommand(app, exitCode);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return exitCode;
}
