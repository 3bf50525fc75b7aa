// init() and run_main(): process start and the uncaught-exception report.
#include "runtime/main.h"

#include <cstdlib>
#include <filesystem>
#include <string>

#include "runtime/print.h"
#include "runtime/sys_module.h"

namespace krait::rt {

namespace {
// The script's path as tracebacks name it: absolute, as CPython makes
// __main__'s path (os.path.abspath of the path it was given).
std::string g_script_path;
// Where imported modules come from: CPython's sys.path[0], the folder of
// the script with symbolic links resolved.
std::filesystem::path g_script_folder;
}  // namespace

void init(int argc, char** argv, const char* script_path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(script_path, ec);
  g_script_path = ec ? script_path : absolute.lexically_normal().string();
  std::filesystem::path real = std::filesystem::canonical(script_path, ec);
  g_script_folder = (ec ? std::filesystem::path(g_script_path) : real).parent_path();
  // No collection inside GC_INIT: it would scan the frame stack below
  // before it is excluded (36 ms, most of a small program's run time).
  GC_set_dont_precollect(1);
  GC_INIT();
  // The frame stack (8 MiB) points only at static TraceSites: scanning it
  // as a root at every collection cost more than the program's own work.
  GC_exclude_static_roots(g_frame_sites, g_frame_sites + kMaxTracedFrames);
  std::atexit(flush_stdout);
  sys::argv = List<Str>::make(0);
  sys::argv->append(Str(script_path));
  for (int i = 1; i < argc; ++i) sys::argv->append(Str(argv[i]));
}

// The file a traceback names for a site: the main program's, or an
// imported module's (found under sys.path[0]).
static std::string file_of(const TraceSite& site) {
  if (site.file == nullptr) return g_script_path;
  if (site.file[0] == '/') return site.file;
  return (g_script_folder / site.file).string();
}

Str uncaught_report(BaseException* e) {
  StrBuilder out;
  if (e->cause != nullptr) {
    out.append(uncaught_report(e->cause));
    out.append("\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (e->context != nullptr && !e->suppress_context) {
    out.append(uncaught_report(e->context));
    out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  out.append("Traceback (most recent call last):\n");
  for (const TraceEntry* t = e->traceback; t != nullptr; t = t->next) {
    const TraceSite& s = *t->site;
    out.append("  File \"");
    out.append(std::string_view(file_of(s)));
    out.append("\", line ");
    out.append(std::to_string(s.line));
    out.append(", in ");
    out.append(s.function);
    out.append("\n    ");
    out.append(s.text);
    out.append("\n");
    out.append(s.carets);
  }
  out.append(exception_summary(e));
  out.push('\n');
  return out.finish();
}

int run_main(void (*module_body)()) {
  try {
    module_body();
  } catch (SystemExit* e) {
    detail::g_in_flight = nullptr;
    if (!e->message.is_none()) {
      write_stream(Stream::kStderr, e->message.view());
      write_stream(Stream::kStderr, "\n");
    }
    flush_stdout();
    return static_cast<int>(e->code & 0xFF);
  } catch (BaseException* e) {
    detail::g_in_flight = nullptr;
    write_stream(Stream::kStderr, uncaught_report(e).view());
    return 1;
  }
  flush_stdout();
  return 0;
}

}  // namespace krait::rt
