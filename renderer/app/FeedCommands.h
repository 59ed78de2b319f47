#pragma once
// The feed command-line tools: `feed check`, `feed derive` and
// `import commons-library`. Each callback sets exitCode (0 ok, 1 bad input, 2 I/O).

namespace CLI {
class App;
}

namespace landslide {

void addFeedCommands(CLI::App& app, int& exitCode);

} // namespace landslide
