#include "translator/cli/krait_main.h"

#include <exception>
#include <ostream>

#include "translator/cli/command.h"

namespace krait::cli {
namespace {

constexpr const char* kDescription =
    "Krait translates a restricted Python program into C++ and builds a native executable.\n"
    "Exit status: 0 success, 1 error in the program being translated, 2 usage or "
    "environment error.";

// CLI11 reports a mistyped subcommand as "A subcommand is required"; name it.
std::string unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--color") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == arg) return "";
    }
    return arg;
  }
  return "";
}

bool decide_color(const std::string& mode, bool err_is_terminal) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return err_is_terminal;
}

}  // namespace

int usage_error(CommandContext& ctx, const std::string& message) {
  ctx.err << "krait: error: " << message << '\n';
  return kUsageError;
}

int not_built_yet(CommandContext& ctx, const std::string& command, const std::string& stage) {
  return usage_error(ctx, "'krait " + command + "' is not built yet: it needs the " + stage +
                              ", which Krait does not have yet");
}

int run_krait(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
              bool err_is_terminal) {
  CLI::App app(kDescription, "krait");
  app.set_version_flag("--version", std::string("krait ") + kVersion);
  app.require_subcommand(1);
  std::string color_mode = "auto";
  app.add_option("--color", color_mode, "Colour diagnostics: auto (on a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  CommandContext ctx{out, err, RenderOptions{}, kSuccess};
  add_parse_command(app, ctx);
  add_flowgraph_command(app, ctx);
  add_annotate_command(app, ctx);
  add_translate_command(app, ctx);
  add_run_command(app, ctx);
  add_bindgen_command(app, ctx);
  // Subcommand callbacks run after the whole command line has been parsed,
  // so --color is known by then.
  app.parse_complete_callback(
      [&] { ctx.render.color = decide_color(color_mode, err_is_terminal); });

  if (std::string unknown = unknown_command(app, argc, argv); !unknown.empty()) {
    usage_error(ctx, "unknown command '" + unknown + "'");
    err << "Run 'krait --help' for usage.\n";
    return kUsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kSuccess;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return kSuccess;
  } catch (const CLI::CallForVersion&) {
    out << "krait " << kVersion << '\n';
    return kSuccess;
  } catch (const CLI::ParseError& e) {
    // Help requested on a subcommand arrives here too, as CallForHelp above.
    usage_error(ctx, e.what());
    err << "Run 'krait --help' for usage.\n";
    return kUsageError;
  } catch (const std::exception& e) {
    // A failure inside a stage is a Krait bug; say so rather than crash.
    err << "krait: internal error: " << e.what() << '\n';
    return kUsageError;
  }
  return ctx.exit_code;
}

}  // namespace krait::cli
