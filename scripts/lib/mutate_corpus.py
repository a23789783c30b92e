#!/usr/bin/env python3
"""Deterministic bad inputs for scripts/compare-revisions: each mutation breaks a few files
of a generated corpus (scripts/lib/gen_corpus.py) in one way, so that two revisions of
docket can be shown to report the same diagnostics.

  mutate_corpus.py --list            the mutation names
  mutate_corpus.py SITE MUTATION     applies MUTATION (or `all`) to SITE in place
"""
import os
import re
import sys

COUNT = 5


def files(site, kind):
    folder = os.path.join(site, "content", kind)
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder))][:COUNT]


def edit(path, change):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(change(text))


def replace_field(key, value):
    return lambda text: re.sub(rf"^{key}:.*$", f"{key}: {value}", text, count=1, flags=re.M)


def unknown_key(site):
    for path in files(site, "experts"):
        edit(path, lambda text: text + "nmae: typo\n")


def bad_money(site):
    for index, path in enumerate(files(site, "proposals")):
        edit(path, replace_field("total", ["-5", "12.345", "\"$1,00\"", "0", "1e9"][index % 5]))


def missing_required(site):
    for path in files(site, "requests"):
        edit(path, lambda text: re.sub(r"^title:.*\n", "", text, count=1, flags=re.M))


def bad_reference(site):
    for path in files(site, "proposals"):
        edit(path, replace_field("expert", "nobody-at-all"))
    for path in files(site, "experts"):
        edit(path, replace_field("firm", "no-such-firm"))


def private_repeated(site):
    def copy_email(text):
        email = re.search(r"^email: (.*)$", text, flags=re.M).group(1)
        return re.sub(r"^name:.*$", f"name: {email}", text, count=1, flags=re.M)
    for path in files(site, "experts"):
        edit(path, copy_email)


def markdown_outside(site):
    for path in files(site, "experts"):
        edit(path, lambda text: text.replace("bio: |\n", "bio: |\n  <div onclick=\"x\">raw</div>\n\n  ![image](x.png)\n\n", 1))


def wrong_type(site):
    for path in files(site, "experts"):
        edit(path, replace_field("country", "[US, FR]"))
    for path in files(site, "requests"):
        edit(path, replace_field("created", "yesterday"))


def status_rules(site):
    for path in files(site, "proposals"):
        edit(path, replace_field("status", "declined"))


def everything(site):
    for mutation in MUTATIONS.values():
        if mutation is not everything:
            mutation(site)


MUTATIONS = {
    "unknown-key": unknown_key,
    "bad-money": bad_money,
    "missing-required": missing_required,
    "bad-reference": bad_reference,
    "private-repeated": private_repeated,
    "markdown-outside": markdown_outside,
    "wrong-type": wrong_type,
    "status-rules": status_rules,
    "all": everything,
}

if __name__ == "__main__":
    if sys.argv[1:] == ["--list"]:
        print("\n".join(MUTATIONS))
    else:
        MUTATIONS[sys.argv[2]](sys.argv[1])
