"""The notation of the hand annotations (SET/tools/annotations.py): E(name, type, aliases, optional) for
entities; R(article-prefix, source, type, target, snippet, **extra) for relations (snippet = a piece of
the evidence sentence); OPT marks a relation optional (R(..., **OPT))."""

def E(name, type_, aliases=(), optional=False):
    d = {"name": name, "type": type_, "aliases": list(aliases)}
    if optional:
        d["optional"] = True
    return d

def R(art, source, type_, target, snippet, **extra):
    return dict(art=art, source=source, type=type_, target=target, snippet=snippet, **extra)

OPT = {"optional": True}
