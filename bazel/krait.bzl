"""Bazel rules for Krait programs.

krait_binary: translate a Python program with the krait tool (a hermetic,
deterministic action whose inputs are the program's modules), compile the
C++ with the runtime's precompiled header (cc_compile.bzl) and link it
against Krait's runtime with cc_binary.

krait_test: translate, build, run and compare stdout and the exit status
with the expected files; a difference prints a unified diff.

krait_golden_tests: one krait_test per `*.py` under the package, each next
to its `.expected` file (stdout recorded from CPython) and optional `.exit`
file (exit status); the `*.txt` files of a program's folder are its data
files, copied into the fresh directory it runs in; `int_modes` maps a
folder to the `--int` mode its programs are translated with.
"""

load("//bazel:cc_compile.bzl", "CC_COMPILE_ATTRS", "PchInfo", "cc_compile")

def _krait_object_impl(ctx):
    main = ctx.file.main
    stem = main.basename[:-len(".py")] if main.basename.endswith(".py") else main.basename
    cpp = ctx.actions.declare_file(ctx.label.name + "/" + stem + ".cc")
    args = ctx.actions.args()
    args.add("translate")
    args.add(main.path)
    args.add("--emit-cpp", cpp.dirname)
    if ctx.attr.int_mode:
        args.add("--int", ctx.attr.int_mode)
    ctx.actions.run(
        executable = ctx.executable._krait,
        arguments = [args],
        inputs = ctx.files.srcs + [main],
        outputs = [cpp],
        mnemonic = "KraitTranslate",
        progress_message = "Translating %s to C++" % main.short_path,
    )

    # The runtime's headers come precompiled; -Winvalid-pch (an error, with
    # the project's -Werror) says so when GCC cannot use them. User copts may
    # legitimately change what the header means, so they turn the check off.
    pch = ctx.attr._pch[PchInfo]
    obj = ctx.actions.declare_file(ctx.label.name + "/" + stem + ".o")
    cc_compile(
        ctx,
        cpp,
        obj,
        ctx.attr._pch[CcInfo].compilation_context,
        flags = ["-include", pch.header.path] + (ctx.attr.copts or ["-Winvalid-pch"]),
        inputs = [pch.header, pch.gch],
    )
    return [
        DefaultInfo(files = depset([obj])),
        OutputGroupInfo(cpp = depset([cpp])),
    ]

# Translates a program and compiles its C++ to an object file (the C++ is
# the `cpp` output group).
_krait_object = rule(
    implementation = _krait_object_impl,
    attrs = dict(
        main = attr.label(allow_single_file = [".py"], mandatory = True),
        srcs = attr.label_list(allow_files = [".py"]),
        int_mode = attr.string(values = ["", "checked", "wrap", "big"]),
        copts = attr.string_list(),
        _krait = attr.label(
            default = Label("//translator/cli:krait"),
            executable = True,
            cfg = "exec",
        ),
        _pch = attr.label(default = Label("//runtime:program_pch"), providers = [PchInfo, CcInfo]),
        **CC_COMPILE_ATTRS
    ),
    fragments = ["cpp"],
    toolchains = ["@bazel_tools//tools/cpp:toolchain_type"],
)

def krait_binary(name, main, srcs = [], deps = [], copts = [], linkopts = [], int_mode = "", **kwargs):
    _krait_object(
        name = name + "_obj",
        main = main,
        srcs = srcs,
        int_mode = int_mode,
        copts = copts,
        testonly = kwargs.get("testonly", False),
    )
    native.cc_binary(
        name = name,
        srcs = [":" + name + "_obj"],
        deps = [Label("//runtime")] + deps,
        linkopts = linkopts,
        **kwargs
    )

def krait_test(name, src, expected_stdout, expected_exit_code_file = None, args = [], srcs = [], data = [], int_mode = "", **kwargs):
    """data: files the program reads; they must sit beside expected_stdout."""
    krait_binary(name = name + "_bin", main = src, srcs = srcs, int_mode = int_mode, testonly = True)
    test_args = ["$(location :%s_bin)" % name, "$(location %s)" % expected_stdout]
    data = [":" + name + "_bin", expected_stdout] + data
    if expected_exit_code_file:
        test_args.append("$(location %s)" % expected_exit_code_file)
        data.append(expected_exit_code_file)
    if args:
        test_args += ["--"] + args
    native.sh_test(
        name = name,
        srcs = [Label("//bazel:run_golden.sh")],
        args = test_args,
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
    """One krait_test per golden program below this package (with its
    .expected file): see golden_programs().

    int_modes: {folder: mode}, the --int mode of the programs in a folder
    (default: checked).
    """
    tests = []
    for src, modules in golden_programs(native.glob(["**/*.py"])).items():
        base = src[:-len(".py")]
        exit_files = native.glob([base + ".exit"])
        folder = src.rpartition("/")[0]
        test_name = base.replace("/", "_")
        krait_test(
            name = test_name,
            src = src,
            srcs = modules,
            expected_stdout = base + ".expected",
            expected_exit_code_file = exit_files[0] if exit_files else None,
            data = native.glob([(folder + "/" if folder else "") + "*.txt"]),
            int_mode = int_modes.get(folder, ""),
            size = "small",
        )
        tests.append(":" + test_name)
    native.test_suite(name = name, tests = tests)
