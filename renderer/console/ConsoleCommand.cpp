#include "ConsoleCommand.h"
#include "ConsolePacer.h"
#include "ConsoleUi.h"

#include "control/ControlServers.h"
#include "feeds/PushFeedSource.h"
#include "gl/GlfwContext.h"
#include "live/FeedFiles.h"
#include "playout/PrepareItem.h"
#include "program/ChannelArgs.h"

#include <glad/gl.h>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace landslide {

namespace {

struct ConsoleArgs {
  ChannelArgs channel;
  std::string feed, show, theme, asRun = "landslide-as-run.jsonl", journal;
  std::string amcp, http, token; // remote control: off unless asked for
};

int fail(const std::string& message) {
  std::fprintf(stderr, "landslide console: %s\n", message.c_str());
  return 2;
}

// Without a show file: a rundown of the four scenes for each contest of a small feed.
Show defaultShow(const SnapshotPtr& data, const std::string& feed) {
  Show show;
  show.name = "Sample rundown";
  show.feed = feed;
  if (!data) return show;
  int added = 0;
  for (const DerivedContest& d : data->contests()) {
    if (added++ >= 2) break;
    for (const char* scene : {"result-card", "vote-bars", "swing", "seat-change"})
      show.items.push_back({d.name + " — " + scene, scene, d.id, 10, nlohmann::json::object()});
  }
  return show;
}

// Key presses from the console and the program windows, queued by GLFW callbacks (main
// thread). Dear ImGui 1.86 only sees keys still down at NewFrame, so a quick press and
// release would be lost to polling.
std::vector<std::pair<int, int>> gKeys; // main thread only

void programWindowKey(GLFWwindow*, int key, int, int action, int mods) {
  if (action == GLFW_PRESS) gKeys.emplace_back(key, mods);
}

void consoleKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (action == GLFW_PRESS) gKeys.emplace_back(key, mods);
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

std::atomic<bool> gStop{false};
void requestStop(int) { gStop.store(true); }

void setUpImGui(GLFWwindow* window) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard; // Space/Enter are TAKE, not "activate"
  io.IniFilename = nullptr;
  static const ImWchar ranges[] = {0x0020, 0x017F, 0x2000, 0x206F, 0x2212, 0x2212, 0};
  io.Fonts->AddFontFromFileTTF("/usr/share/fonts/opentype/inter/Inter-Medium.otf", 17.0f, nullptr, ranges);
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.FrameRounding = 3;
  style.WindowBorderSize = 1;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  glfwSetKeyCallback(window, consoleKey); // chains to the backend's own callback
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

int runConsole(const ConsoleArgs& a) {
  std::string error;
  auto plan = planChannel(a.channel, "");
  if (!plan) return fail(plan.error());
  const FrameSize* size = &plan->size;
  const FrameRate* rate = &plan->rate;
  std::vector<OutputSpec>& windows = plan->windows;
  if (windows.empty()) windows.push_back(*parseOutputSpec("window")); // a program window by default
  ControlOptions control;
  if (!parseControlOptions(a.amcp, a.http, a.token, control, error)) return fail(error);
  Show show;
  bool haveShow = false;
  if (!a.show.empty() && std::filesystem::exists(a.show)) {
    ShowLoad load = loadShow(a.show);
    if (!load.show) return fail(load.error);
    SceneRegistry scenes;
    if (Expected<void> checked = checkShow(*load.show, scenes, a.show); !checked) return fail(checked.error());
    show = *load.show;
    haveShow = true;
  }

  auto opened = GlfwSession::open();
  if (!opened) return fail(opened.error());
  std::unique_ptr<GlfwSession> session = std::move(*opened);
  auto setup = setUpRendering({*size, *rate, a.theme, HeadlessPlatform::Auto}, session->programContext());
  if (!setup) return fail(setup.error());
  if (auto attached = attachFileSinks(*plan, QueuePolicy::Drop, *setup->channel); !attached)
    return fail(attached.error());

  std::unique_ptr<FeedSource> source;
  if (!a.feed.empty()) {
    source = openFeedSource(a.feed);
    source->start();
    source->awaitFirst(std::chrono::seconds(2)); // the first read, briefly
  }
  SceneRegistry scenes;
  const bool remote = !control.amcp.off || !control.http.off;
  LiveEngine engine(*setup, scenes, {a.journal, a.asRun, !control.http.off, plan->timecode}); // program.png over HTTP
  if (source) engine.addSource(*source);
  PushFeedSource push("push"); // POST /api/feed
  if (remote) {
    push.start();
    engine.addSource(push);
  }
  if (!haveShow) show = defaultShow(source ? source->latest() : nullptr, a.feed);

  auto monitorFeed = MonitorFeed::create(scenes, setup->theme, *rate);
  if (!monitorFeed) return fail(monitorFeed.error());
  MonitorFeed& monitors = **monitorFeed;
  std::vector<std::unique_ptr<ProgramWindow>> programWindows;
  for (const OutputSpec& w : windows) {
    auto created = session->createWindow("Landslide program", size->width, size->height, w.transparent,
                                         w.fullscreen ? w.monitor : -1);
    if (!created) return fail("--out '" + w.text + "': " + created.error());
    GLFWwindow* win = *created;
    glfwSetKeyCallback(win, programWindowKey);
    programWindows.push_back(std::make_unique<ProgramWindow>(win));
  }
  auto consoleWindow = session->createWindow("Landslide console", 1600, 900, false, -1);
  if (!consoleWindow) return fail(consoleWindow.error());
  GLFWwindow* console = *consoleWindow;

  GlContext& programContext = *setup->context;
  // Windows are presented when the program changed, and once a second regardless (an
  // exposed window repaints): presenting a still frame at 50 Hz through X costs a core.
  uint64_t presentedDrawn = ~0ull;
  const int64_t refresh = rate->frameAt(1.0);
  engine.setFrameHook([&](int64_t frame, ProgramChannel& channel, const SnapshotPtr& data) {
    monitors.update(frame, channel, data);
    glFlush();
    if (channel.framesDrawn() != presentedDrawn || frame % refresh == 0) {
      presentedDrawn = channel.framesDrawn();
      for (auto& w : programWindows) w->present(channel.programTexture(), size->width, size->height);
      programContext.makeCurrent();
    }
  });
  engine.start(); // the program context moves to the render thread

  glfwMakeContextCurrent(console);
  glfwSwapInterval(0);
  setUpImGui(console);
  std::vector<ProgramWindow*> windowViews;
  for (auto& w : programWindows) windowViews.push_back(w.get());
  ConsoleUi ui({engine, monitors, scenes, source.get(), windowViews, a.show}, show);
  if (haveShow) control.show = show;
  std::unique_ptr<ControlServers> servers;
  if (remote) {
    servers = std::make_unique<ControlServers>(engine, scenes, &push, control);
    if (!servers->start(error)) {
      servers->stop();
      engine.stop();
      return fail(error);
    }
    if (servers->amcpPort())
      std::fprintf(stderr, "landslide console: AMCP on %s\n",
                   Endpoint{control.amcp.host, servers->amcpPort(), false}.toString().c_str());
    if (servers->httpPort())
      std::fprintf(stderr, "landslide console: HTTP on http://%s/api/state\n",
                   Endpoint{control.http.host, servers->httpPort(), false}.toString().c_str());
    std::fflush(stderr);
  }

  std::signal(SIGINT, requestStop);
  std::signal(SIGTERM, requestStop);
  bool running = true;
  ConsolePacer pacer;
  while (running && !gStop.load()) {
    auto frameStart = std::chrono::steady_clock::now();
    glfwPollEvents();
    running = !glfwWindowShouldClose(console);
    for (auto& w : programWindows) running = running && !glfwWindowShouldClose(w->window());
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    for (auto [k, m] : gKeys) ui.key(k, m);
    gKeys.clear();
    int w = 0, h = 0;
    glfwGetFramebufferSize(console, &w, &h);
    ui.frame(float(w), float(h));
    ImGui::Render();
    glViewport(0, 0, w, h);
    glClearColor(0.08f, 0.09f, 0.11f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(console);
    // The console refreshes at up to 30 Hz, less while the program drops frames; a key or
    // a click wakes it at once. The program keeps its own rate on its thread.
    auto period = pacer.next(ui.state().framesDropped, std::chrono::steady_clock::now());
    auto left = std::chrono::duration<double>(frameStart + period - std::chrono::steady_clock::now()).count();
    if (left > 0) glfwWaitEventsTimeout(left);
  }
  if (servers) servers->stop();
  engine.stop();
  push.stop();
  if (source) source->stop();
  EngineState last = engine.state();
  std::fprintf(stderr, "landslide console: %llu ticks, %llu frames redrawn, %llu dropped\n",
               static_cast<unsigned long long>(last.ticks), static_cast<unsigned long long>(last.framesDrawn),
               static_cast<unsigned long long>(last.framesDropped));
  for (const SourceHealth& h : last.feeds)
    std::fprintf(stderr, "landslide console: feed %s: %llu documents read, %llu rejected\n", h.source.c_str(),
                 static_cast<unsigned long long>(h.attempts), static_cast<unsigned long long>(h.failures));
  const TickSummary& t = last.tickTimes;
  std::fprintf(stderr,
               "landslide console: last %zu ticks: program draw calls %.1f ms median, %.1f p99; monitors and "
               "windows (waiting for the GPU's work included) %.1f ms median, %.1f p99 (a tick has %.1f ms)\n",
               t.samples, t.drawMedianMs, t.drawP99Ms, t.hookMedianMs, t.hookP99Ms, 1000 * rate->secondsAt(1));
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  for (auto& w : programWindows) glfwDestroyWindow(w->window());
  glfwDestroyWindow(console);
  return 0;
}

} // namespace

void addConsoleCommand(CLI::App& app, int& exitCode) {
  auto args = std::make_shared<ConsoleArgs>();
  CLI::App* cmd =
      app.add_subcommand("console", "The operator console with preview/program monitors and a program window");
  cmd->add_option("--feed", args->feed, "Results feed: a JSON file (watched) or an http(s):// URL (polled)");
  cmd->add_option("--show", args->show, "Show file (rundown JSON); created on Save if missing");
  cmd->add_option("--out", args->channel.outs,
                  "Outputs: window, window:fullscreen[:N], window:transparent, files, ffmpeg:ARGS");
  cmd->add_option("--size", args->channel.size, "Program size WxH")->capture_default_str();
  cmd->add_option("--fps", args->channel.fps, "Program frame rate (interlaced outputs: 50i, 59.94i)")
      ->capture_default_str();
  cmd->add_option("--timecode", args->channel.timecode,
                  "First frame's timecode HH:MM:SS:FF (;FF drop-frame); default: the time of day");
  cmd->add_option("--theme", args->theme, "Theme file");
  cmd->add_option("--as-run", args->asRun, "As-run log file (JSON lines)")->capture_default_str();
  cmd->add_option("--journal", args->journal, "Playout journal for restart recovery");
  cmd->add_option("--amcp", args->amcp, "AMCP server HOST:PORT for CasparCG clients (off unless given; port 0: any)");
  cmd->add_option("--http", args->http, "HTTP API HOST:PORT (off unless given; port 0: any)");
  cmd->add_option("--token", args->token, "HTTP bearer token (required off loopback; or LANDSLIDE_HTTP_TOKEN)");
  cmd->callback([args, &exitCode] { exitCode = runConsole(*args); });
}

} // namespace landslide
