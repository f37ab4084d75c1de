"""The floor for start-up: import PySide6, pyqtgraph and sqlmodel, show an empty QMainWindow."""

import sys

import pyqtgraph  # noqa: F401
import sqlmodel  # noqa: F401
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
print("painted", flush=True)
