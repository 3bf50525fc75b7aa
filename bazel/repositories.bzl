"""The repositories Krait's build needs, for the WORKSPACE of Krait and of its users.

    local_repository(name = "krait", path = "/path/to/krait")
    load("@krait//bazel:repositories.bzl", "krait_dependencies")
    krait_dependencies()

Declares what is not declared already:
- rules_cc, rules_java, remote_coverage_tools: Debian's Bazel 4.2.3 asks for
  these even for a plain C++ build and would download them; Krait's
  stand-ins (third_party/) forward to Bazel's native rules.
- llvm16: Clang LibTooling and LLVM 16 from Debian (/usr/lib/llvm-16).
"""

def _krait_folder_impl(rctx):
    # The folder `path` of Krait's tree, wherever Krait is: found through a
    # file of this repository, as a WORKSPACE cannot resolve paths itself.
    krait_root = rctx.path(Label("//:WORKSPACE")).dirname
    folder = krait_root
    for step in rctx.attr.path.split("/"):
        folder = folder.get_child(step)
    for entry in folder.readdir():
        rctx.symlink(entry, entry.basename)

_krait_folder = repository_rule(
    implementation = _krait_folder_impl,
    attrs = {"path": attr.string(mandatory = True)},
    local = True,
)

def krait_dependencies():
    for name in ["rules_cc", "rules_java", "remote_coverage_tools"]:
        if not native.existing_rule(name):
            _krait_folder(name = name, path = "third_party/" + name)
    if not native.existing_rule("llvm16"):
        native.new_local_repository(
            name = "llvm16",
            build_file = str(Label("//third_party/llvm:llvm16.BUILD")),
            path = "/usr/lib/llvm-16",
        )
