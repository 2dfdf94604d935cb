"""Render resources/icons/coopdesk.svg into the icon files each platform's package needs.

    python packaging/make_icons.py OUT_DIR

Writes OUT_DIR/coopdesk-256.png (Linux menus), coopdesk.ico (Windows: 16 to 256 px) and
coopdesk.icns (macOS), with Qt alone (its svg, ico and icns image plugins): nothing else to
install. Called by the spec, so every build makes them from the one SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "coopdesk.svg"


def render(size: int) -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def write(image: object, path: Path, fmt: str) -> None:
    from PySide6.QtGui import QImageWriter

    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):  # type: ignore[arg-type]
        raise SystemExit(f"make_icons: cannot write {path}: {writer.errorString()}")


def main(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / "coopdesk-256.png"
    write(render(256), png, "png")
    # Qt's ico and icns writers store one image; the largest lets each OS scale down.
    ico = out_dir / "coopdesk.ico"
    write(render(256), ico, "ico")
    icns = out_dir / "coopdesk.icns"
    write(render(512), icns, "icns")
    del app
    return [png, ico, icns]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for made in main(Path(sys.argv[1])):
        print(made)
