"""The RPython conformance corpus, run where it lives (../shared).

krait_conformance_corpus: a repository rule that finds the corpus (the
KRAIT_CONFORMANCE_DIR environment variable, else ../shared/conformance/rpython
beside the workspace), links its case_*.py and case_*.out files in, and
generates a krait_test per program comparing the translated program's
stdout with the corpus's .out (CPython's output), all run by one test
(`passing`; each is a manual test of its own), or, for the
cases listed in //tests/conformance:known_failures.txt, a test that the
program still fails as the list says, at translation or when it runs
(fixing one must update the list). The cases listed in
//tests/conformance:int_big.txt are translated with --int=big. A `cpython`
test checks that every .out is still what CPython prints.
A missing corpus is a failing test that says where it was looked for.
"""

def _known_failures(rctx):
    out = {}
    text = rctx.read(rctx.attr.known_failures)
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        case, _, rest = line.partition(" ")
        stage, _, reason = rest.strip().partition(" ")
        out[case] = (stage, reason.strip())
    return out

def _int_big(rctx):
    lines = [line.strip() for line in rctx.read(rctx.attr.int_big).splitlines()]
    return [line for line in lines if line and not line.startswith("#")]

def _impl(rctx):
    workspace = rctx.path(Label("@//:WORKSPACE")).dirname
    where = rctx.os.environ.get("KRAIT_CONFORMANCE_DIR", "")
    if not where:
        where = str(workspace) + "/../shared/conformance/rpython"
    corpus = rctx.path(where)
    build = ['load("@//bazel:krait.bzl", "krait_binary", "krait_test", "krait_test_group")', ""]
    if not corpus.exists:
        rctx.file("missing.sh", "#!/bin/sh\necho 'conformance corpus not found at %s (set KRAIT_CONFORMANCE_DIR)'\nexit 1\n" % where, executable = True)
        build.append('sh_test(name = "corpus_missing", srcs = ["missing.sh"])')
        build.append('test_suite(name = "all", tests = [":corpus_missing"])')
        rctx.file("BUILD", "\n".join(build) + "\n")
        return
    known = _known_failures(rctx)
    int_big = _int_big(rctx)
    cases = sorted([p.basename[:-3] for p in corpus.readdir() if p.basename.startswith("case_") and p.basename.endswith(".py")])
    tests = []
    build.append("passing = []")
    for case in cases:
        rctx.symlink(corpus.get_child(case + ".py"), case + ".py")
        rctx.symlink(corpus.get_child(case + ".out"), case + ".out")
        if case in known and known[case][0] == "translate":
            build.append("""sh_test(
    name = "{case}",
    size = "small",
    srcs = ["@//tests/conformance:still_rejected.sh"],
    args = ["$(rootpath @//translator/cli:krait)", "$(rootpath {case}.py)", {reason}],
    data = ["{case}.py", "@//translator/cli:krait"],
)""".format(case = case, reason = repr(known[case][1])))
        elif case in known:  # translates, but fails when it runs
            build.append("""krait_binary(name = "{case}_bin", main = "{case}.py", testonly = True)

sh_test(
    name = "{case}",
    size = "small",
    srcs = ["@//tests/conformance:still_failing.sh"],
    args = ["$(rootpath :{case}_bin)", "$(rootpath {case}.out)", {reason}],
    data = [":{case}_bin", "{case}.out"],
)""".format(case = case, reason = repr(known[case][1])))
        else:
            int_mode = ', int_mode = "big"' if case in int_big else ""
            build.append('passing.append(krait_test(name = "{case}", src = "{case}.py", expected_stdout = "{case}.out"{int_mode}, size = "small", tags = ["manual"]))'.format(case = case, int_mode = int_mode))
            continue
        tests.append('":%s"' % case)
    build.append('krait_test_group(name = "passing", cases = passing, size = "medium")')
    tests.append('":passing"')
    build.append("""sh_test(
    name = "cpython",
    size = "medium",
    srcs = ["@//tests/conformance:cpython_check.sh"],
    args = ["$(rootpath {first}.py)"],
    data = glob(["*.py", "*.out"]),
)""".format(first = cases[0]))
    tests.append('":cpython"')
    build.append("test_suite(name = \"all\", tests = [%s])" % ", ".join(tests))
    rctx.file("BUILD", "\n".join(build) + "\n")

krait_conformance_corpus = repository_rule(
    implementation = _impl,
    attrs = {
        "known_failures": attr.label(allow_single_file = True),
        "int_big": attr.label(allow_single_file = True),
    },
    environ = ["KRAIT_CONFORMANCE_DIR"],
    local = True,
)
