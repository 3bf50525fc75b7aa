"""Bazel rules for Krait programs.

krait_binary: translate a Python program with the krait tool (a hermetic,
deterministic action whose inputs are the program's modules), compile the
C++ with the runtime's precompiled header (cc_compile.bzl) and link it
against Krait's runtime with cc_binary.

krait_library: Python modules shared by several programs (deps of
krait_binary and krait_test, beside cc_library targets).

krait_test: translate, build, run (with arguments and stdin) and compare
stdout and the exit status with the expected ones; a difference prints a
unified diff.

krait_golden_tests: one krait_test per `*.py` under the package, each next
to its `.expected` file (stdout recorded from CPython) and optional `.exit`
file (exit status) and `.stdin` file (its stdin); the `*.txt` files of a program's folder are its data
files, copied into the fresh directory it runs in; `int_modes` maps a
folder to the `--int` mode its programs are translated with.
"""

load("//bazel:cc_compile.bzl", "CC_COMPILE_ATTRS", "PchInfo", "cc_compile")

KraitModulesInfo = provider(
    doc = "Python modules a Krait program may import, and the folders it imports them from.",
    fields = {
        "srcs": "depset of the modules' .py files",
        "roots": "depset of import roots (exec-root-relative folders), passed as -I",
    },
)

def _normalize(path):
    """`path` without empty, `.` and `folder/..` steps; "." when nothing is left."""
    steps = []
    for step in path.split("/"):
        if step == ".." and steps and steps[-1] != "..":
            steps.pop()
        elif step not in ("", "."):
            steps.append(step)
    return "/".join(steps) or "."

def _import_roots(ctx, srcs):
    """Where `srcs` are imported from: each `imports` folder (relative to the
    package; the default is the repository's top, like py_library), under
    the source tree or the output tree, wherever the files are."""
    roots = []
    for src in srcs:
        for folder in ctx.attr.imports or [None]:
            parts = [src.root.path, ctx.label.workspace_root]
            if folder != None:
                parts += [ctx.label.package, folder]
            root = _normalize("/".join(parts))
            if root not in roots:
                roots.append(root)
    return roots

def _krait_library_impl(ctx):
    modules = [dep[KraitModulesInfo] for dep in ctx.attr.deps]
    return [
        KraitModulesInfo(
            srcs = depset(ctx.files.srcs, transitive = [m.srcs for m in modules]),
            roots = depset(_import_roots(ctx, ctx.files.srcs), transitive = [m.roots for m in modules]),
        ),
        # Empty: lets a krait_library sit in a krait_binary's deps, which
        # also go to its cc_binary.
        CcInfo(),
        DefaultInfo(files = depset(ctx.files.srcs)),
    ]

krait_library = rule(
    implementation = _krait_library_impl,
    doc = """Python modules shared by several Krait programs.

    A program imports them by their path from the repository's top
    (`import lib.util` for //lib:util.py), or from each of `imports`
    (folders relative to the package: `imports = ["."]` makes it `import util`).""",
    attrs = {
        "srcs": attr.label_list(allow_files = [".py"]),
        "deps": attr.label_list(providers = [KraitModulesInfo]),
        "imports": attr.string_list(),
    },
)

def _basename(file):
    return file.basename

def _krait_object_impl(ctx):
    main = ctx.file.main
    stem = main.basename[:-len(".py")] if main.basename.endswith(".py") else main.basename
    cpp = ctx.actions.declare_file(ctx.label.name + "/" + stem + ".cc")
    link_script = ctx.actions.declare_file(ctx.label.name + "/" + stem + ".ld")
    modules = [dep[KraitModulesInfo] for dep in ctx.attr.deps if KraitModulesInfo in dep]
    args = ctx.actions.args()
    args.add("translate")
    args.add(main.path)
    args.add("--emit-cpp", cpp.dirname)
    args.add("--emit-link-script", link_script)
    args.add_all(depset(transitive = [m.roots for m in modules]), before_each = "--module-path")
    if ctx.attr.int_mode:
        args.add("--int", ctx.attr.int_mode)
    args.add_all(ctx.files.c_libraries, map_each = _basename, before_each = "--linked-library")
    args.add_all(ctx.files.c_headers, before_each = "--c-header")
    args.add("--no-header-cache")  # the action is cached; it writes only its outputs
    ctx.actions.run(
        executable = ctx.executable._krait,
        arguments = [args],
        inputs = depset(ctx.files.srcs + ctx.files.c_headers + [main], transitive = [m.srcs for m in modules]),
        outputs = [cpp, link_script],
        mnemonic = "KraitTranslate",
        progress_message = "Translating %s to C++" % main.short_path,
    )

    # The runtime's headers come precompiled; -Winvalid-pch (an error, with
    # the project's -Werror) says so when GCC cannot use them. User copts may
    # legitimately change what the header means, so they turn the check off.
    pch = ctx.attr._pch[PchInfo]
    obj = ctx.actions.declare_file(ctx.label.name + "/" + stem + ".o")
    cc_infos = [ctx.attr._pch[CcInfo]] + [dep[CcInfo] for dep in ctx.attr.deps if CcInfo in dep]
    cc_compile(
        ctx,
        cpp,
        obj,
        cc_common.merge_cc_infos(cc_infos = cc_infos).compilation_context,
        flags = ["-include", pch.header.path] + (ctx.attr.copts or ["-Winvalid-pch"]),
        inputs = [pch.header, pch.gch],
    )
    return [
        DefaultInfo(files = depset([obj])),
        OutputGroupInfo(cpp = depset([cpp]), link_script = depset([link_script])),
    ]

# Translates a program and compiles its C++ to an object file (the C++ is
# the `cpp` output group; the linker script naming the C libraries it loads
# with ctypes, the `link_script` group).
_krait_object = rule(
    implementation = _krait_object_impl,
    attrs = dict(
        main = attr.label(allow_single_file = [".py"], mandatory = True),
        srcs = attr.label_list(allow_files = [".py"]),
        deps = attr.label_list(providers = [[KraitModulesInfo], [CcInfo]]),
        int_mode = attr.string(values = ["", "checked", "wrap", "big"]),
        copts = attr.string_list(),
        c_libraries = attr.label_list(allow_files = [".so"]),
        c_headers = attr.label_list(allow_files = [".h"]),
        _krait = attr.label(
            default = Label("//translator/cli:krait"),
            executable = True,
            cfg = "host",
        ),
        _pch = attr.label(default = Label("//runtime:program_pch"), providers = [PchInfo, CcInfo]),
        **CC_COMPILE_ATTRS
    ),
    fragments = ["cpp"],
    toolchains = ["@bazel_tools//tools/cpp:toolchain_type"],
)

def krait_binary(name, main, srcs = [], deps = [], data = [], copts = [], linkopts = [], int_mode = "", c_libraries = [], c_headers = [], **kwargs):
    """A native program translated from the Python program `main`.

    srcs: modules beside `main` (imported from its folder, as CPython does).
    deps: krait_library targets (modules imported through their roots) and
      cc_library targets (C++ the program links, e.g. C code it calls).
    data: files the program reads at run time.
    copts, linkopts: for compiling the generated C++ and linking the binary.
    int_mode: "checked" (default), "wrap" or "big" (`krait translate --int`).
    c_libraries: shared libraries the build makes (cc_binary linkshared) that
      the program loads with ctypes by their file name
      (`ctypes.CDLL("libfoo.so")`): linked from here rather than searched for.
    c_headers: C headers the program's ctypes declarations are checked
      against (`krait translate --c-header`).
    """
    _krait_object(
        name = name + "_obj",
        main = main,
        srcs = srcs,
        deps = deps,
        int_mode = int_mode,
        copts = copts,
        c_libraries = c_libraries,
        c_headers = c_headers,
        testonly = kwargs.get("testonly", False),
        visibility = ["//visibility:private"],
    )
    native.filegroup(
        name = name + "_ld",
        srcs = [":" + name + "_obj"],
        output_group = "link_script",
        testonly = kwargs.get("testonly", False),
        visibility = ["//visibility:private"],
    )
    native.cc_binary(
        name = name,
        srcs = [":" + name + "_obj"] + c_libraries,
        deps = [Label("//runtime")] + deps,
        data = data,
        additional_linker_inputs = [":" + name + "_ld"],
        linkopts = ["$(location :%s_ld)" % name] + linkopts,
        **kwargs
    )

def krait_test(
        name,
        src,
        expected_stdout,
        expected_exit_code = 0,
        expected_exit_code_file = None,
        args = [],
        stdin = None,
        srcs = [],
        deps = [],
        data = [],
        int_mode = "",
        c_libraries = [],
        c_headers = [],
        **kwargs):
    """Translates and builds `src`, runs it with `args` (and the file `stdin`
    as its stdin) and compares its stdout with `expected_stdout` and its exit
    status with `expected_exit_code` (or the number in the file
    `expected_exit_code_file`); a difference prints a unified diff.

    data: files the program reads; they must sit beside expected_stdout (the
    program runs in a fresh folder holding copies of them).

    Returns the case, which krait_test_group can run with others.
    """
    krait_binary(
        name = name + "_bin",
        main = src,
        srcs = srcs,
        deps = deps,
        int_mode = int_mode,
        c_libraries = c_libraries,
        c_headers = c_headers,
        testonly = True,
    )
    case = _golden_case(name, expected_stdout, expected_exit_code, expected_exit_code_file, stdin, args, data)
    native.sh_test(
        name = name,
        srcs = [Label("//bazel:run_golden.sh")],
        args = case.args,
        data = case.data,
        **kwargs
    )
    return case

def _golden_case(name, expected_stdout, expected_exit_code, expected_exit_code_file, stdin, args, data):
    """The run_golden.sh command line (and its data) checking `name`_bin."""
    test_args = ["$(location :%s_bin)" % name, "$(location %s)" % expected_stdout]
    test_data = [":" + name + "_bin", expected_stdout] + data
    if expected_exit_code_file:
        test_args += ["--status-file", "$(location %s)" % expected_exit_code_file]
        test_data.append(expected_exit_code_file)
    else:
        test_args += ["--status", str(expected_exit_code)]
    if stdin:
        test_args += ["--stdin", "$(location %s)" % stdin]
        test_data.append(stdin)
    return struct(args = test_args + ["--"] + args, data = test_data)

def krait_test_group(name, cases, **kwargs):
    """One test running the krait_test cases `cases` (what krait_test
    returned) in turn: Bazel's per-test overhead (about a second) paid once.
    The cases' own tests can then be tagged "manual" (run by name only)."""
    # Spelled with its repository ("@//..." in Krait's own workspace), so
    # the $(location) names the label `data` holds from any calling repository.
    script = Label("//bazel:run_golden.sh")
    run_golden = "@%s//%s:%s" % (script.workspace_name, script.package, script.name)
    args = ["$(location %s)" % run_golden]
    data = [run_golden]
    for case in cases:
        args += case.args + ["--next"]
        data += [d for d in case.data if d not in data]
    native.sh_test(
        name = name,
        srcs = [Label("//bazel:run_golden_group.sh")],
        args = args,
        data = data,
        **kwargs
    )

def golden_programs(srcs):
    """{program: its modules} for the golden *.py files `srcs`.

    Every file is a program, except in a folder holding a main.py (a
    multi-module program): there main.py is the program and the folder's
    other *.py files, in subfolders too, are its modules.
    """
    program_dirs = [s[:-len("main.py")] for s in srcs if s == "main.py" or s.endswith("/main.py")]
    programs = {}
    for src in srcs:
        owners = [d for d in program_dirs if src.startswith(d)]
        if not owners:
            programs[src] = []
            continue
        owner = sorted(owners)[-1]  # the innermost program folder
        if src == owner + "main.py":
            programs[src] = [m for m in srcs if m.startswith(owner) and m != src]
    return programs

def krait_golden_tests(name = "golden", int_modes = {}):
    """A krait_test per golden program below this package (with its
    .expected file; see golden_programs()), run by one test per top folder
    (`strings_all`: tests/golden/strings/**); each program's own test is manual
    (`bazel test //tests/golden:strings_str_methods`).

    int_modes: {folder: mode}, the --int mode of the programs in a folder
    (default: checked).
    """
    groups = {}
    for src, modules in golden_programs(native.glob(["**/*.py"])).items():
        base = src[:-len(".py")]
        exit_files = native.glob([base + ".exit"])
        stdin_files = native.glob([base + ".stdin"])
        folder = src.rpartition("/")[0]
        case = krait_test(
            name = base.replace("/", "_"),
            src = src,
            srcs = modules,
            expected_stdout = base + ".expected",
            expected_exit_code_file = exit_files[0] if exit_files else None,
            stdin = stdin_files[0] if stdin_files else None,
            data = native.glob([(folder + "/" if folder else "") + "*.txt"]),
            int_mode = int_modes.get(folder, ""),
            size = "small",
            tags = ["manual"],
        )
        groups.setdefault(src.partition("/")[0] if folder else "top", []).append(case)
    for group, cases in sorted(groups.items()):
        krait_test_group(name = group + "_all", cases = cases, size = "medium")
    native.test_suite(name = name, tests = [":%s_all" % group for group in sorted(groups)])
