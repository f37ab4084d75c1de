"""``dmtracker profile``: the diaries (profiles) under the data folder — list, new, rename,
remove."""

from __future__ import annotations

import argparse
import sys

from dmtracker.cli.common import UserError, base_of
from dmtracker.i18n import translate


def cmd_profile(args: argparse.Namespace) -> int:
    actions = {"list": _list, "new": _new, "rename": _rename, "remove": _remove}
    return actions[args.action](args)


def kind_text(juvenile: bool) -> str:
    return (
        translate("Cli", "juvenile", "a diary's kind: a child's (JDM)")
        if juvenile
        else translate("Cli", "adult", "a diary's kind")
    )


def _list(args: argparse.Namespace) -> int:
    from dmtracker.storage.profiles import Profiles

    base = base_of(args)
    profiles = Profiles(base)
    found = profiles.all()
    if not found:
        print(translate("Cli", "No diary in {folder} yet.").format(folder=base))
        return 0
    last = profiles.last()
    width = max(len(p.name) for p in found)
    for p in found:
        mark = "*" if last is not None and p.folder == last.folder else " "
        print(f"{mark} {p.name:<{width}}  {kind_text(p.juvenile):<9}  {p.root(base)}")
    print(translate("Cli", "* the diary used last (opened without --profile)"))
    return 0


def _new(args: argparse.Namespace) -> int:
    from dmtracker.services.profiles import create_profile
    from dmtracker.storage.profiles import Profiles

    base = base_of(args)
    profiles = Profiles(base)
    before = profiles.last()
    profile = create_profile(base, args.name, juvenile=args.juvenile)
    if before is not None:  # the command line does not change which diary opens by default
        profiles.remember(before)
    print(
        translate("Cli", "Created the diary {name} ({kind}) in {folder}.").format(
            name=profile.name, kind=kind_text(profile.juvenile), folder=profile.root(base)
        )
    )
    return 0


def _rename(args: argparse.Namespace) -> int:
    from dmtracker.storage.profiles import Profiles

    profiles = Profiles(base_of(args))
    old = profiles.find(args.old)
    renamed = profiles.rename(old, args.new)
    print(
        translate("Cli", "Renamed the diary {old} to {new}.").format(old=old.name, new=renamed.name)
    )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from dmtracker.services.profiles import remove_profile
    from dmtracker.storage.profiles import Profiles

    base = base_of(args)
    profile = Profiles(base).find(args.name)
    typed = args.confirm
    if typed is None:
        if not sys.stdin.isatty():
            raise UserError(
                translate(
                    "Cli",
                    "removing a diary needs its name typed: run it in a terminal, or add "
                    "--confirm NAME",
                )
            )
        prompt = translate(
            "Cli", "Type the name of the diary to remove ({name}) to confirm: "
        ).format(name=profile.name)
        typed = input(prompt)
    backup = remove_profile(base, profile, typed)
    print(
        translate("Cli", "Removed the diary {name}; a copy of it is kept in {file}.").format(
            name=profile.name, file=backup
        )
    )
    return 0
