// Traceback frames: where an uncaught exception passed through.
//
// The translator knows, for every operation that can raise, the function
// it is in, its line, the stripped source line and the caret row CPython
// 3.11 prints under it (computed at translation time by
// backend/trace_sites.h, so the program carries no source file). Generated
// functions keep the TraceSite of the operation running in the frame stack
// below; raising an exception copies the stack into its traceback, a
// GC-allocated list from the outermost frame to the innermost, printed by
// run_main as CPython does:
//
//   Traceback (most recent call last):
//     File "prog.py", line 13, in <module>
//       print(outer(5))
//             ^^^^^^^^
//     File "prog.py", line 3, in inner
//       raise ValueError("bad value: %d" % x)
//   ValueError: bad value: 3
#pragma once

#include <cstdint>

namespace krait::rt {

struct TraceSite {
  const char* function;  // "outer", "<module>"
  int32_t line;
  const char* text;    // the source line, stripped
  const char* carets;  // the caret row ("    ^^^^\n" ...) or ""
  // The operation's function keeps no slot in the frame stack (its
  // operations all pass their site to the raising path, see note_site).
  bool frameless = false;
  // The module's file: relative to the main program's folder, or absolute;
  // null in the main program.
  const char* file = nullptr;
};

// The stack of running generated calls, kept by generated code without
// exception-handling regions (a cleanup or handler in every function made
// GCC stop inlining and optimising hot loops): a call takes the next slot
// on entry (`krait_depth = ++g_depth`, `krait_site = frame_slot(...)`),
// stores the site of each other operation that can raise into *krait_site
// (those taking their site as an argument need no store), gives
// the slot back on a normal return, and a handler that catches an exception
// resets g_depth to its own call's and drops the outer frames from the
// exception's traceback (CPython's starts at the frame that caught it). raise() snapshots
// slots 1..g_depth into the exception's traceback, so the frames are exactly the calls running when
// it was raised, as in CPython (also when a handler re-raises it).
inline constexpr int kMaxTracedFrames = 1 << 20;
extern const TraceSite* g_frame_sites[kMaxTracedFrames];
extern int g_depth;

// The slot of the call at `depth`, cleared (slot 0, never shown, for calls
// deeper than the stack can hold anyway).
inline const TraceSite** frame_slot(int depth) {
  if (depth >= kMaxTracedFrames) [[unlikely]]
    depth = 0;
  g_frame_sites[depth] = nullptr;
  return &g_frame_sites[depth];
}

// The raising path of an operation that takes its site as an argument
// (int arithmetic, float division, list and dict indexing: the hot ones)
// calls this before raising, so the hot path stores nothing: `site` becomes
// the innermost call's running operation, in a slot of its own when the
// function is frameless. A null site means the generated code stored it.
void note_site(const TraceSite* site);

struct TraceEntry {
  const TraceSite* site;
  int depth;         // the call's slot in the frame stack
  TraceEntry* next;  // the next frame inwards
};

}  // namespace krait::rt
