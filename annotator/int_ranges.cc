#include "annotator/int_ranges.h"

#include <algorithm>
#include <deque>

#include "translator/flowgraph/entity.h"

namespace krait::annotator {
namespace {

using flow::OpKind;

constexpr Interval kWhole{};
// No object on x86-64 holds more items than its address space has bytes.
constexpr int64_t kMaxLength = int64_t{1} << 48;
// Loops: an input that grew this often is widened, to the next of these
// bounds (those that comparisons and lengths give: the bound of `i < n` is
// INT64_MAX - 1, so a loop's `i += 1` stays provably safe).
constexpr int kGrowthsBeforeWidening = 2;
constexpr int64_t kWideningBounds[] = {INT64_MIN,      INT64_MIN + 1, -kMaxLength,   -1,       0,
                                       kMaxLength - 1, kMaxLength,    INT64_MAX - 1, INT64_MAX};

int64_t widen_down(int64_t v) {
  return *std::prev(std::upper_bound(std::begin(kWideningBounds), std::end(kWideningBounds), v));
}

int64_t widen_up(int64_t v) {
  return *std::lower_bound(std::begin(kWideningBounds), std::end(kWideningBounds), v);
}

// [lo, hi] when both fit in 64 bits.
std::optional<Interval> fit(__int128 lo, __int128 hi) {
  if (lo < INT64_MIN || hi > INT64_MAX) return std::nullopt;
  return Interval{static_cast<int64_t>(lo), static_cast<int64_t>(hi)};
}

Interval join(Interval a, Interval b) {
  return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)};
}

std::optional<Interval> product(Interval a, Interval b) {
  __int128 p[] = {__int128{a.lo} * b.lo, __int128{a.lo} * b.hi, __int128{a.hi} * b.lo,
                  __int128{a.hi} * b.hi};
  return fit(*std::min_element(p, p + 4), *std::max_element(p, p + 4));
}

// Python's floor division by c > 0.
int64_t floor_div(int64_t a, int64_t c) {
  return a / c - (a % c != 0 && a < 0 ? 1 : 0);
}

// The builtin a simple_call calls, or "".
std::string builtin_callee(const flow::Operation& op) {
  if (op.kind != OpKind::kSimpleCall || op.args.empty() || !op.args[0]->is_constant()) return "";
  const flow::Entity* e = op.args[0]->constant->entity;
  return e != nullptr && e->kind == flow::EntityKind::kBuiltin ? e->qualname : "";
}

bool is_comparison(OpKind k) {
  return k == OpKind::kLt || k == OpKind::kLe || k == OpKind::kGt || k == OpKind::kGe;
}

}  // namespace

IntRanges::IntRanges(const flow::FunctionGraph& graph,
                     std::function<Type(const flow::Value*)> type_of)
    : type_of_(std::move(type_of)) {
  run(graph);
}

bool IntRanges::is_int(const flow::Value* v) const {
  TypeKind k = type_of_(v).kind;
  return k == TypeKind::kInt || k == TypeKind::kBool;
}

bool IntRanges::is_sized(const flow::Value* v) const {
  switch (type_of_(v).kind) {
    case TypeKind::kStr:
    case TypeKind::kBytes:
    case TypeKind::kByteArray:
    case TypeKind::kList:
    case TypeKind::kTuple:
    case TypeKind::kDict:
    case TypeKind::kSet:
      return true;
    default:
      return false;
  }
}

Interval IntRanges::of(const Env& env, const flow::Value* v) const {
  if (v->is_constant()) {
    if (v->constant->kind == flow::ConstValue::Kind::kInt)
      return {v->constant->int_value, v->constant->int_value};
    if (v->constant->kind == flow::ConstValue::Kind::kBool)
      return {v->constant->bool_value, v->constant->bool_value};
    return kWhole;
  }
  auto it = env.find(v);
  return it == env.end() ? kWhole : it->second;
}

std::optional<Interval> IntRanges::result_of(const Env& env, const flow::Operation& op) {
  auto arg = [&](size_t i) { return of(env, op.args[i]); };
  auto int_args = [&] {
    return std::all_of(op.args.begin(), op.args.end(),
                       [&](const flow::Value* v) { return is_int(v); });
  };
  auto checked = [&](std::optional<Interval> r) -> std::optional<Interval> {
    if (r) safe_.insert(&op);
    return r;
  };
  std::string callee = builtin_callee(op);
  if (!is_int(op.result)) {
    // Range objects and their iterators: the range of their items.
    if (callee == "range" && op.args.size() >= 2) {
      for (size_t i = 1; i < op.args.size(); ++i)
        if (!is_int(op.args[i])) return std::nullopt;
      if (op.args.size() == 2) return Interval{0, std::max<int64_t>(0, arg(1).hi - 1)};
      Interval start = arg(1), stop = arg(2);
      Interval step = op.args.size() > 3 ? arg(3) : Interval{1, 1};
      if (step.lo > 0) return Interval{start.lo, std::max(start.lo, stop.hi - 1)};
      if (step.hi < 0) return Interval{std::min(start.hi, stop.lo + 1), start.hi};
      return std::nullopt;
    }
    if (op.kind == OpKind::kIter && env.count(op.args[0])) return arg(0);
    return std::nullopt;
  }
  if (is_comparison(op.kind) || op.kind == OpKind::kEq || op.kind == OpKind::kNe ||
      op.kind == OpKind::kBool || op.kind == OpKind::kContains || op.kind == OpKind::kIs)
    return Interval{0, 1};
  if (callee == "len" && op.args.size() == 2)
    return Interval{0, is_sized(op.args[1]) ? kMaxLength : INT64_MAX};
  if (callee == "ord") return Interval{0, 0x10FFFF};
  if (op.kind == OpKind::kNext || op.kind == OpKind::kSameAs) return arg(0);
  if (!int_args()) return std::nullopt;
  switch (flow::plain_kind(op.kind)) {
    case OpKind::kAdd:
      return checked(fit(__int128{arg(0).lo} + arg(1).lo, __int128{arg(0).hi} + arg(1).hi));
    case OpKind::kSub:
      return checked(fit(__int128{arg(0).lo} - arg(1).hi, __int128{arg(0).hi} - arg(1).lo));
    case OpKind::kMul:
      return checked(product(arg(0), arg(1)));
    case OpKind::kNeg:
      return checked(fit(-__int128{arg(0).hi}, -__int128{arg(0).lo}));
    case OpKind::kAnd: {
      Interval a = arg(0), b = arg(1);
      if (a.lo >= 0 && b.lo >= 0) return Interval{0, std::min(a.hi, b.hi)};
      if (a.lo >= 0 || b.lo >= 0) return Interval{0, a.lo >= 0 ? a.hi : b.hi};
      return std::nullopt;
    }
    case OpKind::kMod: {
      Interval m = arg(1);
      if (m.lo > 0) return Interval{0, m.hi - 1};
      if (m.hi < 0) return Interval{m.lo + 1, 0};
      return std::nullopt;
    }
    case OpKind::kFloorDiv: {
      Interval a = arg(0), c = arg(1);
      if (c.lo == c.hi && c.lo > 0) return Interval{floor_div(a.lo, c.lo), floor_div(a.hi, c.lo)};
      return std::nullopt;
    }
    case OpKind::kRshift:
      if (arg(0).lo >= 0 && arg(1).lo >= 0) return Interval{0, arg(0).hi};
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::vector<std::optional<Interval>> IntRanges::passed(const Env& env, const flow::Block& block,
                                                       const flow::Link& link) const {
  std::vector<std::optional<Interval>> out;
  for (const flow::Value* v : link.args) {
    out.push_back(v->is_constant() || env.count(v) ? std::optional(of(env, v)) : std::nullopt);
  }
  if (block.exitswitch == nullptr || !link.exitcase ||
      link.exitcase->kind != flow::ConstValue::Kind::kBool)
    return out;
  const flow::Operation* cmp = nullptr;
  for (const flow::Operation& op : block.operations)
    if (op.result == block.exitswitch && is_comparison(op.kind)) cmp = &op;
  if (cmp == nullptr || !is_int(cmp->args[0]) || !is_int(cmp->args[1])) return out;
  // The branch as `x < y` or `x <= y`.
  bool taken = link.exitcase->bool_value;
  OpKind k = cmp->kind;
  bool x_first = k == OpKind::kLt || k == OpKind::kLe ? taken : !taken;
  bool strict = k == OpKind::kLt || k == OpKind::kGt ? taken : !taken;
  const flow::Value* x = x_first ? cmp->args[0] : cmp->args[1];
  const flow::Value* y = x_first ? cmp->args[1] : cmp->args[0];
  Interval xr = of(env, x), yr = of(env, y);
  int64_t gap = strict ? 1 : 0;
  if (yr.hi < INT64_MIN + gap || xr.lo > INT64_MAX - gap) return out;  // a branch never taken
  Interval x_narrow{xr.lo, std::min(xr.hi, yr.hi - gap)};
  Interval y_narrow{std::max(yr.lo, xr.lo + gap), yr.hi};
  if (x_narrow.lo > x_narrow.hi || y_narrow.lo > y_narrow.hi || x == y) return out;
  for (size_t i = 0; i < link.args.size(); ++i) {
    if (link.args[i] == x) out[i] = x_narrow;
    if (link.args[i] == y) out[i] = y_narrow;
  }
  return out;
}

void IntRanges::run(const flow::FunctionGraph& graph) {
  // A block's environment: its inputs' ranges, then its operations' results.
  auto block_env = [&](const flow::Block& block) {
    Env env;
    for (const flow::Value* v : block.inputs)
      if (inputs_.count(v)) env[v] = inputs_[v];
    for (const flow::Operation& op : block.operations)
      if (op.result != nullptr)
        if (std::optional<Interval> r = result_of(env, op)) env[op.result] = *r;
    return env;
  };
  std::set<const flow::Block*> reached = {graph.start()};
  std::deque<const flow::Block*> work = {graph.start()};
  while (!work.empty()) {
    const flow::Block* block = work.front();
    work.pop_front();
    Env env = block_env(*block);
    for (const flow::Link& link : block->exits) {
      std::vector<std::optional<Interval>> values = passed(env, *block, link);
      bool first = reached.insert(link.target).second;
      bool changed = first;
      for (size_t i = 0; i < values.size(); ++i) {
        const flow::Value* input = link.target->inputs[i];
        auto known = inputs_.find(input);
        if (first) {
          if (values[i]) inputs_[input] = *values[i];
          continue;
        }
        if (known == inputs_.end()) continue;  // already the whole range
        if (!values[i]) {
          inputs_.erase(known);
          changed = true;
          continue;
        }
        Interval before = known->second, now = join(before, *values[i]);
        if (now == before) continue;
        if (++growth_[input] > kGrowthsBeforeWidening) {
          if (now.lo < before.lo) now.lo = widen_down(now.lo);
          if (now.hi > before.hi) now.hi = widen_up(now.hi);
        }
        known->second = now;
        changed = true;
      }
      if (changed && std::find(work.begin(), work.end(), link.target) == work.end())
        work.push_back(link.target);
    }
  }
  // Operations are safe for the final ranges only.
  safe_.clear();
  for (const flow::Block* block : reached) block_env(*block);
}

}  // namespace krait::annotator
