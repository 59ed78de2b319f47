// landslide: a broadcast graphics renderer for election results.
#include "BenchCommand.h"
#ifdef LANDSLIDE_HAVE_FEED_COMMANDS
#include "FeedCommands.h"
#endif
#include "RenderCommand.h"
#include "console/ConsoleCommand.h"
#ifdef LANDSLIDE_HAVE_CONTROL
#include "control/ServeCommand.h"
#endif

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"Landslide: broadcast graphics for election results"};
  app.require_subcommand(1);
  int exitCode = 0;
  landslide::addRenderCommand(app, exitCode);
  landslide::addScenesCommand(app, exitCode);
  landslide::addBenchCommand(app, exitCode);
  landslide::addConsoleCommand(app, exitCode);
#ifdef LANDSLIDE_HAVE_CONTROL
  landslide::addServeCommand(app, exitCode);
#endif
#ifdef LANDSLIDE_HAVE_FEED_COMMANDS
  landslide::addFeedCommands(app, exitCode);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return exitCode;
}
