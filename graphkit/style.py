"""One palette for every picture of the graph: the Neo4j Browser style and rendered images agree."""

from __future__ import annotations

from graphkit.schema import LABELS

# colour per schema label (fill, border); readable white captions on all of them
PALETTE: dict[str, tuple[str, str]] = {
    "Government": ("#C0392B", "#922B21"),
    "Agency": ("#E67E22", "#AF601A"),
    "Firm": ("#2E86C1", "#1F618D"),
    "AIModel": ("#8E44AD", "#6C3483"),
    "Hardware": ("#16A085", "#117864"),
    "Policy": ("#D4AC0D", "#9A7D0A"),
    "Person": ("#7F8C8D", "#5F6A6A"),
    "Organization": ("#27AE60", "#1E8449"),
    "Event": ("#E84393", "#B03A78"),
    "Location": ("#5D6D7E", "#34495E"),
}
assert set(PALETTE) == set(LABELS), "every schema label needs a colour"

DIAMETER = {"Government": 65, "Agency": 55, "Firm": 55, "Organization": 50, "Policy": 50, "Event": 50,
            "AIModel": 45, "Hardware": 45, "Person": 45, "Location": 40}


def grass() -> str:
    """The Neo4j Browser style sheet (GraSS) for graphkit's labels and relationship types."""
    lines = [
        "node {", "  diameter: 50px;", "  color: #A5ABB6;", "  border-color: #9AA1AC;", "  border-width: 2px;",
        "  text-color-internal: #FFFFFF;", "  font-size: 10px;", '  caption: "{name}";', "}",
        "relationship {", "  color: #A5ABB6;", "  shaft-width: 2px;", "  font-size: 8px;", "  padding: 3px;",
        "  text-color-external: #000000;", "  text-color-internal: #FFFFFF;", '  caption: "<type>";', "}",
    ]
    for label, (fill, border) in PALETTE.items():
        lines += [f"node.{label} {{", f"  color: {fill};", f"  border-color: {border};", f"  diameter: {DIAMETER[label]}px;",
                  "  text-color-internal: #FFFFFF;", '  caption: "{name}";', "}"]
    lines += ["node.Article {", "  color: #D5D8DC;", "  border-color: #ABB2B9;", "  text-color-internal: #17202A;",
              '  caption: "{title}";', "}",
              "node.Claim {", "  color: #F8F9F9;", "  border-color: #ABB2B9;", "  diameter: 30px;",
              "  text-color-internal: #17202A;", '  caption: "{type}";', "}"]
    return "\n".join(lines) + "\n"
