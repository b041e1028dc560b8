"""The ``cableparse`` command line: ``cableparse parse FILE...`` and friends.

Each subcommand lives in a module of its own that registers its parser; the command line calls
the public API only. Exit status: 0 success, 1 findings (``validate``), 2 input that could not
be read or is no cable (a one-line message on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import sys

from . import parse as parse_command
from . import validate as validate_command

COMMANDS = [parse_command, validate_command]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cableparse", description="Parse US diplomatic cables into typed data.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("cableparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
