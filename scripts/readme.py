"""Render README.md from nbs/index.ipynb (its markdown cells, in order). Usage: python scripts/readme.py [--check]"""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def render() -> str:
    nb = json.loads((root / "nbs" / "index.ipynb").read_text())
    cells = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in nb["cells"] if c["cell_type"] == "markdown"]
    return "<!-- generated from nbs/index.ipynb by scripts/readme.py; edit the notebook -->\n" + "\n\n".join(c.strip("\n") for c in cells) + "\n"

if __name__ == "__main__":
    text = render()
    if "--check" in sys.argv:
        ok = (root / "README.md").exists() and (root / "README.md").read_text() == text
        print("README.md is in sync with nbs/index.ipynb" if ok else "README.md is out of date: run python scripts/readme.py")
        sys.exit(0 if ok else 1)
    (root / "README.md").write_text(text)
