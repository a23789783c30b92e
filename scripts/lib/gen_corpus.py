#!/usr/bin/env python3
# The benchmark corpus generator of the project's benchmark reference, copied unchanged
# but for this line and the section references (docs/spec.md is the SPEC it names).
"""Deterministic corpus generator for Docket performance anchors.

Usage:
  gen_corpus.py --out DIR --format docket|hugo --experts N --firms N \
                --requests N --proposals N [--seed 1] [--bodies FILE] [--body-dir DIR]

Both formats are produced from the same random data (same seed and counts give
the same entities, byte for byte).

  docket: DIR/docket.yml + DIR/content/{experts,firms,requests,proposals}/<slug>.yml
          (every 10th request, every 20th expert and every 20th proposal is .json).
          All content is meant to be VALID per docs/spec.md section 3 (see notes below).
  hugo:   DIR/config.toml, DIR/content/<section>/<slug>.md (YAML front matter with
          the same fields, markdown body), DIR/layouts/**, DIR/data/policies.yaml,
          DIR/static/style.css. Self-contained: `hugo --source DIR` builds it.

--bodies FILE     also write every markdown body (expert bios, firm abouts,
                  proposal bodies) concatenated, separated by blank lines.
--body-dir DIR    also write each markdown body to its own file DIR/<type>-<slug>.md.

Validity notes (docs/spec.md section 3):
  * length limits are checked on the generated strings (ASCII text, so characters
    == grapheme clusters); bios <= 3000, descriptions 100-1500, review text <= 500.
  * request descriptions and review texts hold no digits, '@', URLs or markup, so
    no contact-information / markdown warnings and no phone/address errors.
  * every proposal's expert is added to its request's `responses` (no warning).
  * payment/permission requests only on accepted proposals; accepted+awaiting
    amounts <= total; at most one final, dated last; milestones sum <= total.
  * reviews cite completed proposals (final payment accepted) of the firm's own
    experts. A firm gets 0-6 reviews, but 0 when it has no completed proposal;
    when it has fewer completed proposals than reviews, a proposal is cited by
    more than one review (the SPEC does not forbid it).
  * no photos (the field is optional; no media files are generated).
"""
import argparse
import json
import os
import random
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal, ROUND_DOWN

# --------------------------------------------------------------------------- words
NOUNS = """account workload cluster pipeline database migration landing zone network
subnet gateway bucket function queue stream dashboard budget policy role identity
backup snapshot region replica cache registry container image deployment release
service endpoint certificate domain firewall tenant environment template module stack
alarm metric trace log report audit baseline blueprint runbook playbook roadmap
architecture platform integration warehouse lake catalog schema index partition
instance fleet volume archive vault secret key token scheduler workflow job""".split()
VERBS = """migrate design review automate harden monitor optimise refactor deploy
document secure scale reduce provision configure integrate modernise assess audit
benchmark rebuild consolidate standardise plan validate tune replace simplify""".split()
ADJS = """resilient scalable secure serverless managed hybrid regional global private
public legacy modern automated encrypted redundant elastic observable compliant
reliable efficient lean incremental phased unified central shared dedicated""".split()
TECH = """terraform kubernetes cloudformation lambda fargate aurora dynamodb redshift
glue athena kinesis eventbridge cloudfront route sagemaker bedrock opensearch
cognito guardduty inspector config organizations transit ecs eks rds""".split()
CONNECT = """and with for across within without before after while using through
into from over under beside""".split()
DET = "the a our your each every this that".split()
FIRST = """Alice Bruno Chloe David Emma Farid Grace Hugo Ines Jack Karima Liam Maya
Noah Olivia Paul Quentin Rosa Samir Tara Umar Vera Will Xenia Yann Zoe Amelie Ben
Claire Dmitri Elena Felix Gwen Hamza Iris Jonas Kenji Lea Marco Nina""".split()
LAST = """Martin Smith Dubois Taylor Bernard Brown Moreau Wilson Laurent Evans Girard
Walker Roux Wright Fournier Hughes Lambert Green Fontaine Hall Chevalier Clarke
Mercier Lewis Blanc Young Garnier King Faure Scott Andre Baker Petit Adams""".split()
FIRM_A = """Nimbus Stratus Cirrus Summit Harbor Beacon Granite Meridian Polar Cobalt
Atlas Juniper Falcon Orbit Quartz Vector Willow Aurora Keystone Lumen""".split()
FIRM_B = """Cloud Systems Partners Consulting Labs Works Digital Engineering Advisory
Solutions Group Collective""".split()
CERTS = [
    ("AWS Certified Solutions Architect - Associate", "associate"),
    ("AWS Certified Developer - Associate", "associate"),
    ("AWS Certified SysOps Administrator - Associate", "associate"),
    ("AWS Certified Data Engineer - Associate", "associate"),
    ("AWS Certified Machine Learning Engineer - Associate", "associate"),
    ("AWS Certified Solutions Architect - Professional", "professional"),
    ("AWS Certified DevOps Engineer - Professional", "professional"),
    ("AWS Certified Advanced Networking - Specialty", "specialty"),
    ("AWS Certified Security - Specialty", "specialty"),
    ("AWS Certified Machine Learning - Specialty", "specialty"),
    ("AWS Certified Database - Specialty", "specialty"),
    ("AWS Certified SAP on AWS - Specialty", "specialty"),
]
SKILLS = """terraform kubernetes serverless cost-optimisation security networking
data-engineering machine-learning migration devops observability containers
well-architected-reviews disaster-recovery identity compliance databases
analytics streaming landing-zones cicd python go java""".split()
BUDGETS = ["50-100", "100-1000", "1000-10000", "10000+", "unknown"]
REQ_COUNTRIES = ["anywhere", "FR", "GB", "US"]
COUNTRIES = ["US", "FR", "GB"]
POLICIES = ["AdministratorAccess", "Billing", "DatabaseAdministrator",
            "NetworkAdministrator", "PowerUserAccess", "SecurityAudit", "SupportUser",
            "SystemAdministrator", "ViewOnlyAccess"]
LINK_HOSTS = ["https://example.com", "https://example.org", "https://docs.example.net",
              "http://blog.example.io"]

D0 = date(2025, 1, 1)
DMAX = date(2026, 11, 20)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # -- text -----------------------------------------------------------------
    def word(self):
        r = self.r.random()
        if r < 0.45:
            return self.r.choice(NOUNS)
        if r < 0.6:
            return self.r.choice(VERBS)
        if r < 0.75:
            return self.r.choice(ADJS)
        if r < 0.85:
            return self.r.choice(TECH)
        if r < 0.93:
            return self.r.choice(CONNECT)
        return self.r.choice(DET)

    def words(self, n):
        return [self.word() for _ in range(n)]

    def sentence(self, lo=6, hi=18):
        w = self.words(self.r.randint(lo, hi))
        w[0] = w[0].capitalize()
        return " ".join(w) + self.r.choice([".", ".", ".", "!", "?"] if self.r.random() < 0.1 else ["."])

    def plain_text(self, lo, hi):
        """Plain text, lo..hi characters, no digits/markup/contacts; may hold newlines."""
        target = self.r.randint(lo, hi)
        out = ""
        while True:
            s = self.sentence()
            sep = "" if not out else ("\n\n" if self.r.random() < 0.12 else " ")
            if len(out) + len(sep) + len(s) > hi:
                break
            out += sep + s
            if len(out) >= target:
                break
        while len(out) < lo:  # pad with short sentences
            s = self.sentence(3, 5)
            if len(out) + 1 + len(s) > hi:
                s = "Thanks."
            out = (out + " " + s).strip()
        return out

    def title(self, lo=10, hi=140):
        while True:
            w = [self.r.choice(VERBS).capitalize()] + [self.r.choice(DET)] + \
                self.words(self.r.randint(2, 9))
            t = " ".join(w)
            if lo <= len(t) <= hi:
                return t

    def inline(self, n):
        """n words of inline markdown: bold, italic, links."""
        w = self.words(n)
        i = 0
        out = []
        while i < len(w):
            x = self.r.random()
            if x < 0.05 and i + 2 <= len(w):
                out.append("**" + " ".join(w[i:i + 2]) + "**"); i += 2
            elif x < 0.09:
                m = self.r.choice("*_")
                out.append(m + w[i] + m); i += 1
            elif x < 0.11 and i + 3 <= len(w):
                url = "%s/%s/%s" % (self.r.choice(LINK_HOSTS), self.r.choice(NOUNS),
                                    "-".join(self.r.sample(NOUNS, 2)))
                out.append("[" + " ".join(w[i:i + 3]) + "](" + url + ")"); i += 3
            else:
                out.append(w[i]); i += 1
        s = " ".join(out)
        return s[0].upper() + s[1:] + "."

    def markdown(self, nwords, headings):
        """Block markdown of about nwords words: paragraphs, lists, optional ## heading."""
        blocks = []
        used = 0
        did_heading = not headings
        did_bullets = did_numbers = False
        while used < nwords:
            x = self.r.random()
            if not did_heading and (x < 0.25 or used > nwords * 0.4):
                blocks.append("## " + " ".join(self.words(self.r.randint(2, 5))).capitalize())
                did_heading = True
                used += 3
            elif not did_bullets and (x < 0.45 or used > nwords * 0.6):
                mark = self.r.choice("-*+")
                items = []
                for k in range(self.r.randint(2, 5)):
                    n = self.r.randint(3, 10)
                    items.append(mark + " " + self.inline(n))
                    used += n
                    if self.r.random() < 0.2:
                        n = self.r.randint(2, 6)
                        items.append("  " + mark + " " + self.inline(n))  # nested
                        used += n
                blocks.append("\n".join(items))
                did_bullets = True
            elif not did_numbers and (x < 0.6 or used > nwords * 0.75):
                items = []
                for k in range(self.r.randint(2, 5)):
                    n = self.r.randint(3, 12)
                    items.append("%d. %s" % (k + 1, self.inline(n)))
                    used += n
                blocks.append("\n".join(items))
                did_numbers = True
            else:
                n = min(self.r.randint(25, 70), max(8, nwords - used))
                p = self.inline(n)
                if self.r.random() < 0.15:  # hard line break
                    p += "\\\n" + self.inline(self.r.randint(4, 10))
                blocks.append(p)
                used += n
        return "\n\n".join(blocks) + "\n"

    def bounded_markdown(self, lo_w, hi_w, headings, max_chars):
        n = self.r.randint(lo_w, hi_w)
        while True:
            md = self.markdown(n, headings)
            if len(md.strip()) <= max_chars:
                return md
            n = max(20, n - 30)

    # -- values ---------------------------------------------------------------
    def day(self, lo=D0, hi=DMAX):
        return lo + timedelta(days=self.r.randint(0, max(0, (hi - lo).days)))

    def money(self, lo, hi, cents=True):
        v = Decimal(self.r.randint(lo, hi))
        if cents and self.r.random() < 0.3:
            v += Decimal(self.r.randint(1, 99)) / 100
        return v


def fmt_money(d):
    """Money scalar as written in content: integers bare, else 2 decimals, some strings."""
    if d == d.to_integral_value():
        return int(d)
    return MoneyStr(d)


class MoneyStr:
    """A money amount with cents: written as a bare number in YAML (e.g. 1234.50)."""
    def __init__(self, d):
        self.d = d.quantize(Decimal("0.01"))

    def __str__(self):
        return str(self.d)


def slugify(text, maxlen):
    s = "".join(c if c.isalnum() else "-" for c in text.lower())
    parts = [p for p in s.split("-") if p]
    out = ""
    for p in parts:
        cand = (out + "-" + p) if out else p
        if len(cand) > maxlen:
            break
        out = cand
    return out


def dstr(d):
    return d.isoformat()


# --------------------------------------------------------------------------- model
def build_model(args):
    g = Gen(args.seed)
    r = g.r
    firms, experts, requests, proposals = [], [], [], []

    for i in range(args.firms):
        name = "%s %s %s" % (r.choice(FIRM_A), r.choice(FIRM_A + FIRM_B), r.choice(FIRM_B))
        f = {"slug": slugify(name, 50) + "-%d" % (i + 1), "name": name,
             "country": r.choice(COUNTRIES)}
        if r.random() < 0.8:
            f["about"] = g.bounded_markdown(40, 160, True, 3000)
        f["reviews"] = []
        firms.append(f)

    for i in range(args.experts):
        first, last = r.choice(FIRST), r.choice(LAST)
        e = {"slug": "%s-%s-%d" % (first.lower(), last.lower(), i + 1),
             "name": "%s %s" % (first, last),
             "email": "%s.%s%d@mail.example.com" % (first.lower(), last.lower(), i + 1),
             "country": r.choice(COUNTRIES)}
        if firms and r.random() < 0.8:
            e["firm"] = r.choice(firms)["slug"]
        certs = r.sample(CERTS, r.randint(1, 4))
        e["certifications"] = [{"name": c, "level": l} for c, l in certs]
        x = r.random()
        if x < 0.45:
            e["hourly_rate"] = fmt_money(g.money(60, 300))
        elif x < 0.8:
            lo = g.money(50, 200, cents=False)
            e["hourly_rate"] = {"min": fmt_money(lo), "max": fmt_money(lo + g.money(0, 150, cents=False))}
        e["bio"] = g.bounded_markdown(120, 400, True, 3000)
        if r.random() < 0.85:
            e["skills"] = r.sample(SKILLS, r.randint(1, 8))
        if r.random() < 0.6:
            e["links"] = [{"title": g.title(5, 80),
                           "url": "%s/work/%s-%d" % (r.choice(LINK_HOSTS), r.choice(NOUNS), k)}
                          for k in range(r.randint(1, 4))]
        experts.append(e)

    for i in range(args.requests):
        t = g.title()
        q = {"slug": slugify(t, 54) + "-%d" % (i + 1), "title": t,
             "description": g.plain_text(100, 1500),
             "budget": r.choice(BUDGETS), "country": r.choice(REQ_COUNTRIES),
             "name": r.choice(FIRST) + (" " + r.choice(LAST)[0] + "." if r.random() < 0.5 else ""),
             "email": "customer%d@mail.example.org" % (i + 1)}
        d = g.day(D0, date(2026, 10, 1))
        if r.random() < 0.3:
            q["created"] = datetime(d.year, d.month, d.day, r.randint(0, 23),
                                    r.randint(0, 59), 0).strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            q["created"] = dstr(d)
        q["_date"] = d
        if r.random() < 0.3:
            q["accepting_responses"] = False
        q["responses"] = []
        requests.append(q)

    firm_experts = [e for e in experts if "firm" in e]
    completed_by_firm = {}
    for i in range(args.proposals):
        q = r.choice(requests)
        pool = firm_experts if (firm_experts and r.random() < 0.85) else experts
        e = r.choice(pool)
        t = g.title()
        created = min(DMAX, q["_date"] + timedelta(days=r.randint(0, 20)))
        total = g.money(200, 20000)
        p = {"slug": "p%d-%s" % (i + 1, slugify(t, 40)), "request": q["slug"],
             "expert": e["slug"], "title": t}
        x = r.random()
        status = ("accepted" if x < 0.6 else "proposed" if x < 0.82
                  else "declined" if x < 0.93 else "withdrawn")
        p["status"] = status
        p["created"] = dstr(created)
        p["total"] = fmt_money(total)
        p["body"] = g.bounded_markdown(200, 600, False, 10000)
        if r.random() < 0.7:
            ms = []
            left = total
            d = created
            for k in range(r.randint(1, 5)):
                m = {"title": g.title(10, 80)}
                if r.random() < 0.8:
                    a = (left * Decimal(r.uniform(0.1, 0.5))).quantize(Decimal("0.01"), ROUND_DOWN)
                    if a > 0:
                        m["amount"] = fmt_money(a)
                        left -= a
                if r.random() < 0.7:
                    d = min(DMAX, d + timedelta(days=r.randint(3, 30)))
                    m["due"] = dstr(d)
                ms.append(m)
            p["milestones"] = ms
        if status == "accepted":
            completed = r.random() < 0.65
            n = r.randint(1, 5)
            prs = []
            left = total
            d = created
            for k in range(n):
                d = min(DMAX, d + timedelta(days=r.randint(3, 30)))
                last = k == n - 1
                if last and completed:
                    st = "accepted"
                else:
                    y = r.random()
                    st = "accepted" if y < 0.75 else "declined" if y < 0.9 else "awaiting"
                    if not completed and last and r.random() < 0.4:
                        st = "awaiting"
                if st == "declined":
                    amt = g.money(10, 2000)
                elif last and completed:
                    amt = left if left > 0 else None
                else:
                    amt = (left * Decimal(r.uniform(0.1, 0.45))).quantize(Decimal("0.01"), ROUND_DOWN)
                if amt is None or amt <= 0:
                    continue
                pr = {"amount": fmt_money(amt), "description": g.plain_text(20, 300),
                      "requested": dstr(d), "status": st}
                if st != "awaiting":
                    pr["decided"] = dstr(min(DMAX, d + timedelta(days=r.randint(0, 9))))
                if last and completed:
                    pr["final"] = True
                if st != "declined":
                    left -= amt
                prs.append(pr)
            if prs:
                p["payment_requests"] = prs
            if completed and prs and prs[-1].get("final") and "firm" in e:
                completed_by_firm.setdefault(e["firm"], []).append(
                    (p["slug"], date.fromisoformat(prs[-1]["decided"])))
            if r.random() < 0.6:
                p["permission_requests"] = []
                for pol in r.sample(POLICIES, r.randint(1, 3)):
                    pq = {"policy": pol,
                          "status": r.choice(["requested", "accepted", "accepted", "declined", "revoked"])}
                    if r.random() < 0.7:
                        pq["description"] = g.plain_text(20, 400)
                    p["permission_requests"].append(pq)
        proposals.append(p)
        if e["slug"] not in q["responses"]:
            q["responses"].append(e["slug"])

    for q in requests:  # a few experts responded without a proposal
        for _ in range(r.randint(0, 2)):
            s = r.choice(experts)["slug"] if experts else None
            if s and s not in q["responses"]:
                q["responses"].append(s)

    for f in firms:
        done = completed_by_firm.get(f["slug"], [])
        if not done:
            continue
        for k in range(r.randint(0, 6)):
            ps, pd = done[k % len(done)] if k < len(done) else r.choice(done)
            txt = g.plain_text(20, 500)
            f["reviews"].append({
                "rating": r.choice([1, 2, 3, 4, 4, 5, 5, 5]),
                "text": txt,
                "author": r.choice(FIRST) + " " + r.choice(LAST)[0] + ".",
                "date": dstr(min(date(2026, 11, 21), pd + timedelta(days=r.randint(1, 30)))),
                "proposal": ps,
                "would_work_again": r.choice(["yes", "yes", "yes", "no"]),
            })
    return firms, experts, requests, proposals


# --------------------------------------------------------------------------- YAML out
PLAIN_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
YAML_SPECIAL = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~", ""}


def yscalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, MoneyStr):
        return str(v)
    if isinstance(v, YesNo):
        return v.s
    s = str(v)
    if (set(s) <= PLAIN_OK and s.lower() not in YAML_SPECIAL and not s[0].isdigit()
            and not s[0] in "-."):
        return s
    if len(s) >= 10 and s[:4].isdigit() and s[4] == "-":  # ISO date / date-time: bare
        return s
    return json.dumps(s, ensure_ascii=False)  # JSON strings are valid YAML double-quoted


class YesNo:
    """The `would_work_again` value: written bare (yes / no), as the SPEC shows it."""
    def __init__(self, s):
        self.s = s


def yblock(s, indent):
    pad = " " * indent
    lines = s.rstrip("\n").split("\n")
    return "|\n" + "\n".join((pad + l) if l else "" for l in lines)


def ydump(obj, indent=0, block_keys=()):
    pad = " " * indent
    out = []
    for k, v in obj.items():
        if isinstance(v, dict):
            out.append("%s%s:" % (pad, k))
            out.append(ydump(v, indent + 2, block_keys))
        elif isinstance(v, list):
            if not v:
                out.append("%s%s: []" % (pad, k))
                continue
            out.append("%s%s:" % (pad, k))
            for item in v:
                if isinstance(item, dict):
                    sub = ydump(item, indent + 4, block_keys).split("\n")
                    sub[0] = pad + "  - " + sub[0][indent + 4:]
                    out.append("\n".join(sub))
                else:
                    out.append("%s  - %s" % (pad, yscalar(item)))
        elif isinstance(v, str) and ("\n" in v or k in block_keys):
            out.append("%s%s: %s" % (pad, k, yblock(v, indent + 2)))
        else:
            out.append("%s%s: %s" % (pad, k, yscalar(v)))
    return "\n".join(out)


def to_json_value(v):
    if isinstance(v, dict):
        return {k: to_json_value(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_json_value(x) for x in v]
    if isinstance(v, MoneyStr):
        return str(v)  # money as a string with two decimals
    if isinstance(v, YesNo):
        return v.s
    return v


def public(e):
    return {k: v for k, v in e.items() if not k.startswith("_") and k != "slug"}


def wrap_reviews(f):
    f = dict(f)
    if f.get("reviews"):
        f["reviews"] = [dict(rv, would_work_again=YesNo(rv["would_work_again"]))
                        for rv in f["reviews"]]
    else:
        f.pop("reviews", None)
    return f


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def emit_docket(out, model):
    firms, experts, requests, proposals = model
    write(os.path.join(out, "docket.yml"),
          'title: "Docket benchmark corpus"\nbase_url: "https://docket.example/"\n'
          "language: en\npage_size: 20\n")
    for sec in ("experts", "firms", "requests", "proposals"):
        os.makedirs(os.path.join(out, "content", sec), exist_ok=True)
    blocks = ("bio", "about", "body")

    def put(sec, i, every, ent):
        d = public(ent)
        base = os.path.join(out, "content", sec, ent["slug"])
        if every and (i + 1) % every == 0:
            write(base + ".json", json.dumps(to_json_value(d), indent=2, ensure_ascii=False) + "\n")
        else:
            write(base + ".yml", ydump(d, 0, blocks) + "\n")

    for i, f in enumerate(firms):
        put("firms", i, 0, wrap_reviews(f))
    for i, e in enumerate(experts):
        put("experts", i, 20, e)
    for i, q in enumerate(requests):
        put("requests", i, 10, q)
    for i, p in enumerate(proposals):
        put("proposals", i, 20, p)


def emit_hugo(out, model):
    firms, experts, requests, proposals = model
    for rel, text in HUGO_FILES.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        write(p, text.lstrip("\n"))
    for sec in ("experts", "firms", "requests", "proposals"):
        os.makedirs(os.path.join(out, "content", sec), exist_ok=True)

    def page(sec, ent, fm, body):
        write(os.path.join(out, "content", sec, ent["slug"] + ".md"),
              "---\n" + ydump(fm, 0, ("description",)) + "\n---\n" + (body or ""))

    for f in firms:
        fm = wrap_reviews(f)
        body = fm.pop("about", "")
        fm = dict(title=f["name"], **public(fm))
        page("firms", f, fm, body)
    for e in experts:
        fm = public(e)
        body = fm.pop("bio")
        fm = dict(title=e["name"], **fm)
        fm["levels"] = sorted({c["level"] for c in e["certifications"]})
        fm["countries"] = [e["country"].lower()]
        page("experts", e, fm, body)
    for q in requests:
        fm = public(q)
        fm = dict(date=q["created"], **fm)
        page("requests", q, fm, "")
    for p in proposals:
        fm = public(p)
        body = fm.pop("body")
        fm = dict(date=p["created"], **fm)
        page("proposals", p, fm, body)


def emit_bodies(model, bodies_file, body_dir):
    firms, experts, requests, proposals = model
    items = ([("expert", e["slug"], e["bio"]) for e in experts] +
             [("firm", f["slug"], f["about"]) for f in firms if f.get("about")] +
             [("proposal", p["slug"], p["body"]) for p in proposals])
    if bodies_file:
        with open(bodies_file, "w", encoding="utf-8", newline="\n") as fh:
            for _, _, b in items:
                fh.write(b.rstrip("\n") + "\n\n")
    if body_dir:
        os.makedirs(body_dir, exist_ok=True)
        for t, s, b in items:
            write(os.path.join(body_dir, "%s-%s.md" % (t, s)), b)


# --------------------------------------------------------------------------- Hugo site
HUGO_FILES = {
"config.toml": r'''
baseURL = "https://docket.example/"
title = "Docket benchmark corpus"
languageCode = "en"
defaultContentLanguage = "en"
paginate = 20
buildFuture = true
rssLimit = 20
enableRobotsTXT = false
disableKinds = []

[taxonomies]
  level = "levels"
  country = "countries"

[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML"]
  term = ["HTML"]

[markup.goldmark.renderer]
  unsafe = false
[markup.goldmark.extensions]
  table = false
  strikethrough = false
  linkify = false
  taskList = false
''',
"content/_index.md": "---\ntitle: Home\n---\n",
"content/experts/_index.md": "---\ntitle: Experts\n---\n",
"content/firms/_index.md": "---\ntitle: Firms\n---\n",
"content/requests/_index.md": "---\ntitle: Requests\n---\n",
"content/proposals/_index.md": """---
title: Proposals
_build:
  render: never
  list: never
cascade:
  _build:
    list: never
---
""",
"data/policies.yaml": """
AdministratorAccess: Full access to every service and resource in the account.
Billing: View and manage billing, budgets and payment methods.
DatabaseAdministrator: Set up, configure and maintain databases.
NetworkAdministrator: Set up and maintain network resources.
PowerUserAccess: Full access except the management of users and groups.
SecurityAudit: Read security configuration metadata, for audits.
SupportUser: Troubleshoot and open support cases.
SystemAdministrator: Set up and maintain resources for development and operations.
ViewOnlyAccess: View resources and basic metadata across services.
""",
"static/style.css": """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
nav a{margin-right:1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
.stars{color:#b8860b}.num{text-align:right}
""",
"layouts/_default/baseof.html": """
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} - {{ end }}{{ site.Title }}</title>
{{ if eq .Section "proposals" }}<meta name="robots" content="noindex">{{ end }}
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><nav aria-label="Main">
<a href="{{ "" | relURL }}">{{ site.Title }}</a>
<a href="{{ "experts/" | relURL }}">Experts</a>
<a href="{{ "firms/" | relURL }}">Firms</a>
<a href="{{ "requests/" | relURL }}">Requests</a>
</nav></header>
<main>
{{ block "main" . }}{{ end }}
</main>
<footer><p>Built with Hugo for the Docket benchmark.</p></footer>
</body>
</html>
""",
"layouts/partials/money.html": """{{ $v := float . }}${{ lang.FormatNumber 2 $v }}""",
"layouts/partials/stars.html": """<span class="stars" aria-hidden="true">{{ strings.Repeat (int .) "\u2605" }}{{ strings.Repeat (sub 5 (int .)) "\u2606" }}</span> <span>{{ . }} out of 5 stars</span>""",
"layouts/partials/firm-experts-index.html": """
{{ $s := newScratch }}
{{ range where site.RegularPages "Section" "experts" }}
  {{ $p := . }}{{ with .Params.firm }}{{ $s.Add . (slice $p) }}{{ end }}
{{ end }}
{{ return $s }}
""",
"layouts/partials/reviews.html": """
{{ $reviews := .Params.reviews }}
{{ if $reviews }}
{{ $sum := 0 }}{{ range $reviews }}{{ $sum = add $sum (int .rating) }}{{ end }}
<p>Average rating: {{ lang.FormatNumber 1 (div (float $sum) (len $reviews)) }} out of 5 ({{ len $reviews }} reviews)</p>
<ul class="reviews">
{{ range $reviews }}
<li><p>{{ partial "stars.html" .rating }}</p><blockquote>{{ .text }}</blockquote>
<p>{{ .author }}, <time datetime="{{ .date }}">{{ .date }}</time></p></li>
{{ end }}
</ul>
{{ else }}<p>No reviews yet.</p>{{ end }}
""",
"layouts/_default/list.html": """
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Pages.ByTitle }}
{{ if eq .Section "requests" }}{{ $pages = .Pages.ByDate.Reverse }}{{ end }}
{{ $pag := .Paginate $pages }}
<ul>
{{ range $pag.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.country }} ({{ . }}){{ end }}</li>
{{ end }}
</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
"layouts/index.html": """
{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ $experts := where site.RegularPages "Section" "experts" }}
{{ $firms := where site.RegularPages "Section" "firms" }}
{{ $requests := where site.RegularPages "Section" "requests" }}
<ul>
<li><a href="{{ "experts/" | relURL }}">{{ len $experts }} experts</a></li>
<li><a href="{{ "firms/" | relURL }}">{{ len $firms }} firms</a></li>
<li><a href="{{ "requests/" | relURL }}">{{ len $requests }} requests</a></li>
<li><a href="{{ "levels/" | relURL }}">Experts by level</a>, <a href="{{ "countries/" | relURL }}">by country</a></li>
</ul>
<h2>Newest requests</h2>
<ul>
{{ range first 10 $requests.ByDate.Reverse }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></li>
{{ end }}
</ul>
{{ end }}
""",
"layouts/404.html": """
{{ define "main" }}<h1>Page not found</h1><p><a href="{{ "" | relURL }}">Home</a></p>{{ end }}
""",
"layouts/experts/single.html": """
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ $countries := dict "US" "United States of America" "FR" "France" "GB" "United Kingdom of Great Britain and Northern Ireland" }}
<p>Based in {{ index $countries .Params.country }}</p>
{{ $firm := "" }}
{{ with .Params.firm }}{{ $firm = site.GetPage (printf "/firms/%s" .) }}{{ end }}
{{ with $firm }}<p>Member of <a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
<h2>Certifications</h2>
<ul>{{ range .Params.certifications }}<li>{{ .name }} <span>({{ .level }})</span></li>{{ end }}</ul>
{{ with .Params.hourly_rate }}
<h2>Hourly rate</h2>
<p>{{ if reflect.IsMap . }}{{ partial "money.html" .min }} - {{ partial "money.html" .max }}{{ else }}{{ partial "money.html" . }}{{ end }} per hour</p>
{{ end }}
<h2>About</h2>
<div class="bio">{{ .Content }}</div>
{{ with .Params.skills }}<h2>Skills</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.links }}<h2>Work</h2><ul>{{ range . }}<li><a href="{{ .url }}" rel="nofollow ugc noopener">{{ .title }}</a></li>{{ end }}</ul>{{ end }}
{{ with $firm }}<h2>Reviews of {{ .Title }}</h2>{{ partial "reviews.html" . }}{{ end }}
</article>
{{ end }}
""",
"layouts/firms/single.html": """
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ $countries := dict "US" "United States of America" "FR" "France" "GB" "United Kingdom of Great Britain and Northern Ireland" }}
<p>{{ index $countries .Params.country }}</p>
{{ with .Content }}<div class="about">{{ . }}</div>{{ end }}
<h2>Experts</h2>
{{ $idx := partialCached "firm-experts-index.html" . "firm-experts-index" }}
{{ with $idx.Get (path.Base .File.BaseFileName) }}
<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ else }}<p>No experts listed.</p>{{ end }}
<h2>Reviews</h2>
{{ partial "reviews.html" . }}
</article>
{{ end }}
""",
"layouts/requests/single.html": """
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ $budgets := dict "50-100" "$50 - $100" "100-1000" "$100 - $1,000" "1000-10000" "$1,000 - $10,000" "10000+" "$10,000 and up" "unknown" "I don't know" }}
{{ $countries := dict "anywhere" "Anywhere" "US" "United States of America" "FR" "France" "GB" "United Kingdom of Great Britain and Northern Ireland" }}
<dl>
<dt>Posted by</dt><dd>{{ .Params.name }}</dd>
<dt>Posted</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></dd>
<dt>Budget</dt><dd>{{ index $budgets .Params.budget }}</dd>
<dt>Preferred firm country</dt><dd>{{ index $countries .Params.country }}</dd>
<dt>Status</dt><dd>{{ if eq .Params.accepting_responses false }}Closed{{ else }}Accepting responses{{ end }}</dd>
</dl>
<p class="description">{{ replaceRE `\\s+` " " .Params.description }}</p>
{{ with .Params.responses }}
<h2>Responses</h2>
<ul>{{ range . }}{{ with site.GetPage (printf "/experts/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
{{ end }}
</article>
{{ end }}
""",
"layouts/proposals/single.html": """
{{ define "main" }}
<article class="proposal">
<h1>{{ .Title }}</h1>
{{ $req := site.GetPage (printf "/requests/%s" .Params.request) }}
{{ $exp := site.GetPage (printf "/experts/%s" .Params.expert) }}
<dl>
<dt>Request</dt><dd>{{ with $req }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</dd>
<dt>Expert</dt><dd>{{ with $exp }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</dd>
<dt>Status</dt><dd>{{ default "proposed" .Params.status }}</dd>
<dt>Created</dt><dd>{{ .Date.Format "January 2, 2006" }}</dd>
<dt>Total</dt><dd>{{ partial "money.html" .Params.total }}</dd>
</dl>
<div class="body">{{ .Content }}</div>
{{ with .Params.milestones }}
<h2>Milestones</h2>
<table><thead><tr><th>Milestone</th><th>Amount</th><th>Due</th></tr></thead><tbody>
{{ range . }}<tr><td>{{ .title }}</td><td class="num">{{ with .amount }}{{ partial "money.html" . }}{{ end }}</td><td>{{ .due }}</td></tr>{{ end }}
</tbody></table>
{{ end }}
{{ with .Params.payment_requests }}
<h2>Payment schedule</h2>
{{ $committed := 0.0 }}
<table><thead><tr><th>Requested</th><th>Description</th><th>Amount</th><th>Fee (3%)</th><th>Customer total</th><th>Status</th></tr></thead><tbody>
{{ range . }}
{{ $cents := math.Round (mul (float .amount) 100) }}
{{ $fee := math.Round (div (mul $cents 3) 100) }}
{{ if ne .status "declined" }}{{ $committed = add $committed (float .amount) }}{{ end }}
<tr><td>{{ .requested }}</td><td>{{ .description }}</td>
<td class="num">{{ partial "money.html" (div $cents 100) }}</td>
<td class="num">{{ partial "money.html" (div $fee 100) }}</td>
<td class="num">{{ partial "money.html" (div (add $cents $fee) 100) }}</td>
<td>{{ .status }}{{ if .final }} (final){{ end }}</td></tr>
{{ end }}
</tbody></table>
<p>Amount remaining: {{ partial "money.html" (sub (float $.Params.total) $committed) }}</p>
{{ end }}
{{ with .Params.permission_requests }}
<h2>Account permissions</h2>
<ul>{{ range . }}<li><strong>{{ .policy }}</strong>: {{ index site.Data.policies .policy }} - {{ .status }}{{ with .description }}<br>{{ . }}{{ end }}</li>{{ end }}</ul>
{{ end }}
</article>
{{ end }}
""",
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["docket", "hugo"], required=True)
    ap.add_argument("--experts", type=int, required=True)
    ap.add_argument("--firms", type=int, required=True)
    ap.add_argument("--requests", type=int, required=True)
    ap.add_argument("--proposals", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bodies", help="write all markdown bodies concatenated to FILE")
    ap.add_argument("--body-dir", help="write each markdown body to DIR/<type>-<slug>.md")
    a = ap.parse_args(argv)
    if a.requests < 1 and a.proposals > 0:
        ap.error("proposals need at least one request")
    if a.experts < 1 and a.proposals > 0:
        ap.error("proposals need at least one expert")
    model = build_model(a)
    os.makedirs(a.out, exist_ok=True)
    if a.format == "docket":
        emit_docket(a.out, model)
    else:
        emit_hugo(a.out, model)
    emit_bodies(model, a.bodies, a.body_dir)
    n = sum(len(x) for x in model)
    print("%s: %d entities (%d experts, %d firms, %d requests, %d proposals, %d reviews)" % (
        a.out, n, len(model[1]), len(model[0]), len(model[2]), len(model[3]),
        sum(len(f["reviews"]) for f in model[0])), file=sys.stderr)


if __name__ == "__main__":
    main()
