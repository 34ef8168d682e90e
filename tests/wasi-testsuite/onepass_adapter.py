"""wasi-testsuite adapter for onepass (the shape of the suite's adapters/*.py).

The command is $ONEPASS (default: `onepass` on PATH; it may carry a launcher, as
`qemu-aarch64 -L /usr/aarch64-linux-gnu target/cross/.../onepass`); tests/wasi-testsuite/run.sh
points it at the build and runs the suite's own runner with this file as `-r`.
"""
import os
import shlex
import subprocess
from typing import Dict, List, Optional, Tuple

ONEPASS = shlex.split(os.getenv("ONEPASS", "onepass"))


def get_name() -> str:
    return "onepass"


def get_version() -> str:
    result = subprocess.run(ONEPASS + ["--version"], encoding="UTF-8",
                            capture_output=True, check=True)
    # "onepass 0.1.0"
    return result.stdout.split()[1]


def get_wasi_versions() -> List[str]:
    return ["wasm32-wasip1"]


def get_wasi_worlds() -> List[str]:
    return ["wasi:cli/command"]


def compute_argv(test_path: str,
                 args_env_root: Tuple[List[str], Dict[str, str], Optional[str]],
                 proposals: List[str],
                 wasi_world: str,
                 wasi_version: str) -> List[str]:
    args, env, root = args_env_root
    argv = ONEPASS + ["run"]
    for key, value in env.items():
        argv += ["--env", f"{key}={value}"]
    if root:
        argv += ["--dir", f"{root}::/"]
    argv += [test_path]
    argv += args
    return argv
