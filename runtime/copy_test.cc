// copy.copy and copy.deepcopy of containers (instances are the generated
// code's: tests/golden/stdlib/copy_objects.py). Expectations are CPython 3.11's.
#include "runtime/copy_module.h"
#include "runtime/test_util.h"

namespace krait::rt {
namespace {

using testing::R;

TEST(Copy, DeepCopiesNestedContainers) {
  auto* inner = List<int64_t>::of({1, 2});
  auto* d = Dict<Str, List<int64_t>*>::of({{Str("a"), inner}, {Str("b"), inner}});
  auto* deep = copy::deepcopy(d);
  inner->append(3);
  EXPECT_EQ(R(d), "{'a': [1, 2, 3], 'b': [1, 2, 3]}");
  EXPECT_EQ(R(deep), "{'a': [1, 2], 'b': [1, 2]}");
  EXPECT_EQ(deep->get(Str("a")), deep->get(Str("b")));  // shared once, copied once
  EXPECT_NE(deep->get(Str("a")), inner);
}

TEST(Copy, ShallowCopySharesItems) {
  auto* inner = List<int64_t>::of({1});
  auto* outer = List<List<int64_t>*>::of({inner});
  auto* shallow = copy::copy(outer);
  EXPECT_NE(shallow, outer);
  EXPECT_EQ(shallow->get(0), inner);
}

}  // namespace
}  // namespace krait::rt
