"""The rash log of one day: every DM site as a row (redness, scaling, open sore, itch, photo),
each site reachable with Alt + its underlined letter. Also: two dates of a site side by side."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dmtracker.domain import rash as rash_rules
from dmtracker.domain import vocab
from dmtracker.domain.errors import ValidationError
from dmtracker.i18n import formats, localize, translate, vocabulary
from dmtracker.ui.kit.errors import StatusLabel, show_errors
from dmtracker.ui.kit.inputs import ScaleInput
from dmtracker.ui.kit.layout import fit, scroll_body
from dmtracker.ui.kit.read_only import writes
from dmtracker.ui.kit.values import typed_number
from dmtracker.ui.kit.widgets import WrapCheckBox, chain, save_keys
from dmtracker.ui.safety import red_flag
from dmtracker.ui.today.words import domain_text

if TYPE_CHECKING:
    from dmtracker.services.app_services import Services


def site_mnemonics() -> dict[str, str]:
    """Site labels with a unique Alt+letter each (Ctrl+S saves, so no S mnemonic is needed)."""
    return {
        "eyelids": translate("RashDialog", "E&yelids (heliotrope)"),
        "malar": translate("RashDialog", "&Cheeks (malar)"),
        "face_other": translate("RashDialog", "Rest of &face"),
        "scalp": translate("RashDialog", "Scal&p and hair loss"),
        "v_neck": translate("RashDialog", "&V of neck and chest"),
        "shawl": translate("RashDialog", "Upper &back, shoulders (shawl)"),
        "holster": translate("RashDialog", "Outer &thighs (holster)"),
        "knuckles": translate("RashDialog", "&Knuckles (Gottron's papules)"),
        "extensor": translate("RashDialog", "E&lbows, knees, ankles (Gottron's sign)"),
        "nail_folds": translate("RashDialog", "&Nail folds"),
        "mechanics_hands": translate("RashDialog", "Sides of fingers (&mechanic's hands)"),
        "calcinosis": translate("RashDialog", "C&alcinosis"),
        "other": translate("RashDialog", "&Other site"),
    }


def field_words() -> dict[str, str]:
    """A site's saved fields as a refusal names them ("Cheeks (malar), itch: …")."""
    return {
        "redness": translate("RashDialog", "redness"),
        "scaling": translate("RashDialog", "scaling"),
        "open_sore": translate("RashDialog", "open sore"),
        "itch": translate("RashDialog", "itch"),
        "site_label": translate("RashDialog", "which site"),
        "calcinosis_count": translate("RashDialog", "number of nodules"),
        "calcinosis_size_mm": translate("RashDialog", "size of the largest (mm)"),
        "calcinosis_infected": translate("RashDialog", "infected"),
        "calcinosis_pain": translate("RashDialog", "pain"),
        "hair_loss": translate("RashDialog", "hair loss"),
    }


def photo_filter() -> str:
    return translate("RashDialog", "Images (*.png *.jpg *.jpeg *.webp)")


def photo_pixmap(services: Services, photo: Any) -> QPixmap:
    """The photo as a pixmap, decrypted in memory (null when it cannot be read)."""
    pix = QPixmap()
    data = services.photos.read_bytes(photo)
    if data:
        pix.loadFromData(data)
    return pix


class SiteGrid(QGridLayout):
    """The grid of sites: each site's photo button sits at the end of its row when the dialog
    is wide enough, else on a second line under the scales (a long language, large text)."""

    PHOTO_COLUMN = 5

    def __init__(self) -> None:
        super().__init__()
        self._photos: list[tuple[QHBoxLayout, int]] = []
        self._beside = False

    def add_photo(self, row: QHBoxLayout, r: int) -> None:
        self._photos.append((row, r))
        self.addLayout(row, r + 1, 1, 1, 2)

    def _needed_beside(self) -> int:
        """The width the grid needs with the photos beside their rows."""
        widest = max((row.sizeHint().width() for row, _r in self._photos), default=0)
        base = self.minimumSize().width()
        if self._beside:
            return base
        return base + widest + max(0, self.horizontalSpacing())

    def setGeometry(self, rect: QRect) -> None:
        beside = rect.width() >= self._needed_beside()
        if beside != self._beside:
            self._beside = beside
            for row, r in self._photos:
                self.removeItem(row)
                if beside:
                    self.addLayout(row, r, self.PHOTO_COLUMN)
                else:
                    self.addLayout(row, r + 1, 1, 1, 2)
        super().setGeometry(rect)


class CalcinosisInputs(QWidget):
    """The calcinosis log beside the count (common in JDM): the largest lump's size in mm,
    whether it is infected, and its pain 0–10; ulceration is the row's "open sore", and photos
    are the row's photo button."""

    def __init__(self) -> None:
        super().__init__()
        row = QGridLayout(self)  # two lines, so the rash grid stays narrow
        row.setContentsMargins(0, 0, 0, 4)
        size_label = QLabel(translate("RashDialog", "Largest (mm):"))
        self.size_mm = QLineEdit()
        self.size_mm.setMaximumWidth(80)
        self.size_mm.setAccessibleName(
            translate("RashDialog", "Calcinosis: size of the largest, in mm")
        )
        size_label.setBuddy(self.size_mm)
        self.infected = QCheckBox(translate("RashDialog", "infected"))
        self.infected.setAccessibleName(translate("RashDialog", "Calcinosis: infected"))
        pain_label = QLabel(translate("RashDialog", "Pain (0–10):"))
        self.pain = ScaleInput(translate("RashDialog", "Calcinosis: pain"), 10, compact=True)
        pain_label.setBuddy(self.pain)
        row.addWidget(size_label, 0, 0)
        row.addWidget(self.size_mm, 0, 1)
        row.addWidget(self.infected, 0, 2)
        row.addWidget(pain_label, 1, 0)
        row.addWidget(self.pain, 1, 1, 1, 2)
        row.setColumnStretch(3, 1)

    def widgets(self) -> list[QWidget]:
        return [self.size_mm, self.infected, self.pain]

    def inputs(self) -> dict[str, QWidget]:
        return {
            "calcinosis_size_mm": self.size_mm,
            "calcinosis_infected": self.infected,
            "calcinosis_pain": self.pain,
        }

    def load(self, entry: Any | None) -> None:
        size = entry.calcinosis_size_mm if entry else None
        self.size_mm.setText("" if size is None else formats.number(size))
        self.infected.setChecked(bool(entry.calcinosis_infected) if entry else False)
        self.pain.set_value(entry.calcinosis_pain if entry else None)

    def data(self) -> dict[str, Any]:
        return {
            "calcinosis_size_mm": typed_number(self.size_mm.text()),
            "calcinosis_infected": self.infected.isChecked(),
            "calcinosis_pain": self.pain.value(),
        }


class SiteRow:
    """The widgets of one site in the grid."""

    def __init__(self, site: str, grid: QGridLayout, r: int, parent: QWidget):
        self.site = site
        name = vocabulary(vocab.RASH_SITES[site])
        self.label = QLabel(site_mnemonics()[site])
        self.label.setWordWrap(True)  # a long site name takes two lines, not the dialog wider
        redness = {n: vocabulary(w) for n, w in vocab.REDNESS_LEVELS.items()}
        scaling = {n: vocabulary(w) for n, w in vocab.SCALING_LEVELS.items()}
        self.redness = ScaleInput(
            translate("RashDialog", "{site}: redness").format(site=name), 3, redness, compact=True
        )
        self.scaling = ScaleInput(
            translate("RashDialog", "{site}: scaling").format(site=name), 2, scaling, compact=True
        )
        self.sore = WrapCheckBox(translate("RashDialog", "open sore"))
        self.sore.setAccessibleName(
            translate("RashDialog", "{site}: open sore or ulcer").format(site=name)
        )
        self.itch = ScaleInput(
            translate("RashDialog", "{site}: itch").format(site=name), 10, compact=True
        )
        self.extra: QWidget | None = None
        self.calcinosis: CalcinosisInputs | None = None
        if site == "other":
            self.extra = QLineEdit()
            self.extra.setPlaceholderText(translate("RashDialog", "which site?"))
            self.extra.setAccessibleName(translate("RashDialog", "Other site: which site"))
        elif site == "calcinosis":
            self.extra = QSpinBox()
            self.extra.setRange(0, 500)
            self.extra.setAccessibleName(translate("RashDialog", "Calcinosis: number of nodules"))
            self.extra.setSuffix(translate("RashDialog", " nodules", "after the number of nodules"))
            self.calcinosis = CalcinosisInputs()
        elif site == "scalp":
            self.extra = QCheckBox(translate("RashDialog", "hair loss"))
            self.extra.setAccessibleName(translate("RashDialog", "Scalp: hair loss"))
        self.photo = QPushButton(translate("RashDialog", "Photo…"))
        writes(self.photo)
        self.photo.setAccessibleName(
            translate("RashDialog", "{site}: add a photo").format(site=name)
        )
        self.thumb = QLabel()
        self.thumb.setFixedSize(56, 42)
        self.thumb.setAccessibleName(
            translate("RashDialog", "{site}: latest photo").format(site=name)
        )
        self.label.setBuddy(self.redness)
        for c, w in enumerate((self.label, self.redness, self.scaling, self.sore, self.itch)):
            grid.addWidget(w, r, c)
        # a second line: the extra field below the site name, the photo below the scales, so
        # the grid stays narrow enough for long languages and large text
        if self.extra is not None:
            grid.addWidget(self.extra, r + 1, 0)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addWidget(self.thumb)
        photo_row.addStretch(1)
        if isinstance(grid, SiteGrid):
            grid.add_photo(photo_row, r)
        else:
            grid.addLayout(photo_row, r + 1, 1, 1, 2)
        if self.calcinosis is not None:  # the calcinosis log: size, infection, pain
            grid.addWidget(self.calcinosis, r + 2, 1, 1, 4)  # a third line
        self.entry_id: int | None = None

    def widgets(self) -> list[QWidget]:
        extra = [self.extra] if self.extra is not None else []
        if self.calcinosis is not None:
            extra += self.calcinosis.widgets()
        return [self.redness, self.scaling, self.sore, self.itch, *extra, self.photo]

    def input_for(self, name: str) -> QWidget:
        """The input of a saved field's name (the redness for a name it does not show)."""
        inputs = {"redness": self.redness, "scaling": self.scaling, "open_sore": self.sore}
        inputs["itch"] = self.itch
        for extra in ("site_label", "calcinosis_count", "hair_loss"):
            if self.extra is not None:
                inputs[extra] = self.extra
        if self.calcinosis is not None:
            inputs.update(self.calcinosis.inputs())
        return inputs.get(name, self.redness)

    def is_logged(self) -> bool:
        return self.redness.value() is not None

    def load(self, entry: Any | None) -> None:
        self.entry_id = entry.id if entry else None
        self.redness.set_value(entry.redness if entry else None)
        self.scaling.set_value(entry.scaling if entry else None)
        self.sore.setChecked(bool(entry.open_sore) if entry else False)
        self.itch.set_value(entry.itch if entry else None)
        if isinstance(self.extra, QLineEdit):
            self.extra.setText(entry.site_label if entry else "")
        elif isinstance(self.extra, QSpinBox):
            self.extra.setValue(entry.calcinosis_count or 0 if entry else 0)
            if self.calcinosis is not None:
                self.calcinosis.load(entry)
        elif isinstance(self.extra, QCheckBox):
            self.extra.setChecked(bool(entry.hair_loss) if entry else False)

    def data(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "site": self.site,
            "redness": self.redness.value(),
            "scaling": self.scaling.value() or 0,
            "open_sore": self.sore.isChecked(),
            "itch": self.itch.value(),
        }
        if isinstance(self.extra, QLineEdit):
            d["site_label"] = self.extra.text()
        elif isinstance(self.extra, QSpinBox):
            d["calcinosis_count"] = self.extra.value() or None
            if self.calcinosis is not None:
                d.update(self.calcinosis.data())
        elif isinstance(self.extra, QCheckBox):
            d["hair_loss"] = self.extra.isChecked()
        return d


class RashDialog(QDialog):
    saved = Signal(object)

    def __init__(self, services: Services, day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.day = day
        self.setWindowTitle(
            translate("RashDialog", "Rash log for {day}").format(day=formats.day(day))
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RashDialog",
                "Rate the sites that have rash today (Alt + the underlined letter jumps to a "
                "site). Redness 0 none – 3 dark red or violet; scaling 0 none – 2 thick. Sites "
                "left at “–” are not logged. {label}: redness + scaling + 2 for an open sore, "
                "added over the sites.",
            ).format(label=domain_text(rash_rules.LABEL))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = SiteGrid()
        heads = (
            translate("RashDialog", "Site"),
            translate("RashDialog", "Redness (0–3)"),
            translate("RashDialog", "Scaling (0–2)"),
            translate("RashDialog", "Open sore"),
            translate("RashDialog", "Itch (0–10)"),
        )
        for c, head in enumerate(heads):
            h = QLabel(head)
            h.setObjectName("h2")
            h.setWordWrap(True)
            grid.addWidget(h, 0, c)
        self.rows = []
        r = 1
        for site in vocab.RASH_SITES:
            row = SiteRow(site, grid, r, self)
            self.rows.append(row)
            r += 3 if row.calcinosis is not None else 2
        scroll_body(layout).form.addLayout(grid)
        self.score = QLabel()
        self.error = StatusLabel()
        layout.addWidget(self.score)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(translate("RashDialog", "Compare &photos…"))
        self.save_button = QPushButton(translate("RashDialog", "Save (Ctrl+S)"))
        writes(self.save_button)
        self.cancel_button = QPushButton(translate("RashDialog", "Cancel (Esc)"))
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter is handled by the fields, never a button
        order: list[QWidget] = [w for row in self.rows for w in row.widgets()]
        order += [self.compare_button, self.cancel_button, self.save_button]
        chain(order)
        save_keys(self, self.save, self.save_button, self.cancel_button)
        self.compare_button.clicked.connect(self.compare)
        for row in self.rows:
            row.photo.clicked.connect(lambda _=False, row=row: self.add_photo(row))
            for w in (row.redness, row.scaling):
                w.valueChanged.connect(self._update_score)
            row.sore.toggled.connect(self._update_score)
            row.redness.submitted.connect(self.save)
        self.load()
        fit(self, 140, 44)
        self.rows[0].redness.setFocus()

    def load(self) -> None:
        entries = {(e.site, e.site_label): e for e in self.services.rash.list(self.day, self.day)}
        for row in self.rows:
            match = [e for (site, _label), e in entries.items() if site == row.site]
            row.load(match[0] if match else None)
            self._show_thumb(row)
        self._update_score()

    def _show_thumb(self, row: SiteRow) -> None:
        row.thumb.clear()
        row.thumb.setToolTip("")
        if row.entry_id is None:
            return
        photos = self.services.photos.for_assessment(row.entry_id)
        if photos:
            pix = photo_pixmap(self.services, photos[-1])
            if not pix.isNull():
                row.thumb.setPixmap(
                    pix.scaled(
                        row.thumb.size(),
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                count = len(photos)
                row.thumb.setToolTip(translate("RashDialog", "%n photo(s)", None, count))

    def _update_score(self, *_: Any) -> None:
        logged = [r for r in self.rows if r.is_logged()]
        total = sum(
            (r.redness.value() or 0)
            + (r.scaling.value() or 0)
            + (rash_rules.OPEN_SORE_POINTS if r.sore.isChecked() else 0)
            for r in logged
        )
        count = len(logged)
        label = domain_text(rash_rules.LABEL)
        self.score.setText(
            translate(
                "RashDialog", "{label} (computed by the app): {total} from %n site(s)", None, count
            ).format(label=label, total=total)
            if logged
            else translate("RashDialog", "{label}: no site rated yet").format(label=label)
        )

    def entries(self) -> list[Mapping[str, Any]]:
        return [r.data() for r in self.rows if r.is_logged()]

    def save(self) -> bool:
        entries = self.entries()
        new_sores = [
            r for r in self.rows if r.is_logged() and r.sore.isChecked() and not self._had_sore(r)
        ]
        if new_sores and not red_flag.acknowledge(["skin ulcer"], self):
            return False
        try:
            change = self.services.rash.save_day(self.day, entries)
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        self.saved.emit(change)
        self.accept()
        return True

    def _had_sore(self, row: SiteRow) -> bool:
        if row.entry_id is None:
            return False
        try:
            return bool(self.services.rash.get(row.entry_id).open_sore)
        except LookupError:
            return False

    def _show_errors(self, exc: ValidationError) -> None:
        """The refusal in words naming the site ("Cheeks (malar), itch: …"), the input marked."""
        logged = [r for r in self.rows if r.is_logged()]
        labels: dict[str, str] = {}
        widgets: dict[str, QWidget] = {}
        words = field_words()
        label = translate("RashDialog", "{site}, {field}", "a site and one of its fields")
        for field, _reason in exc.errors:
            if not field.startswith("entries["):
                continue
            i = int(field[8 : field.index("]")])
            row = logged[i] if i < len(logged) else None
            name = field.split(".", 1)[-1]
            site = (
                vocabulary(vocab.RASH_SITES[row.site])
                if row
                else translate("RashDialog", "a site", "a site not known")
            )
            labels[field] = label.format(site=site, field=words.get(name, name))
            if row is not None:
                widgets[field] = row.input_for(name)
        show_errors(exc, self.error, widgets, labels)

    def add_photo(self, row: SiteRow) -> None:
        if not row.is_logged():
            self.error.error(
                [],
                translate("RashDialog", "Rate the redness of this site first, then add its photo."),
            )
            row.redness.setFocus()
            return
        path, _ = QFileDialog.getOpenFileName(
            self, translate("RashDialog", "Choose a photo"), "", photo_filter()
        )
        if path:
            self.attach_photo(row, path)

    def attach_photo(self, row: SiteRow, path: str) -> bool:
        """Save the log (so the site has an entry), then copy the photo in."""
        try:
            self.services.rash.save_day(self.day, self.entries())
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        self.load()
        if row.entry_id is None:  # the site was not rated: it has no entry to hold the photo
            self.error.error(
                [translate("RashDialog", "rate the redness of this site first")],
                translate("RashDialog", "Photo not added"),
            )
            return False
        try:
            change = self.services.photos.attach(row.entry_id, path)
        except ValidationError as exc:
            self.error.error([localize(exc.reason)], translate("RashDialog", "Photo not added"))
            return False
        self._show_thumb(row)
        self.error.ok(translate("RashDialog", "Photo added."))
        self.saved.emit(change)
        return True

    def compare(self) -> None:
        dialog = PhotoCompareDialog(self.services, self)
        dialog.exec()


class PhotoCompareDialog(QDialog):
    """Two dates of one site side by side."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(translate("PhotoCompareDialog", "Compare rash photos"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.site = QComboBox()
        self.site.setAccessibleName(translate("PhotoCompareDialog", "Site"))
        self.left = QComboBox()
        self.left.setAccessibleName(translate("PhotoCompareDialog", "First date"))
        self.right = QComboBox()
        self.right.setAccessibleName(translate("PhotoCompareDialog", "Second date"))
        for text, w in (
            (translate("PhotoCompareDialog", "&Site:"), self.site),
            (translate("PhotoCompareDialog", "&First:"), self.left),
            (translate("PhotoCompareDialog", "S&econd:"), self.right),
        ):
            label = QLabel(text)
            label.setBuddy(w)
            top.addWidget(label)
            top.addWidget(w, 1)
        layout.addLayout(top)
        images = QHBoxLayout()
        self.left_image = QLabel()
        self.right_image = QLabel()
        for img in (self.left_image, self.right_image):
            img.setAlignment(Qt.AlignmentFlag.AlignCenter)
            img.setWordWrap(True)  # "No photos yet…" in a long language or at 200 % text
            img.setMinimumSize(400, 400)
            images.addWidget(img, 1)
        layout.addLayout(images, 1)
        close = QPushButton(translate("PhotoCompareDialog", "Close (Esc)"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.by_site: dict[str, list[tuple[date, Any]]] = {}
        for entry in services.rash.list():
            for photo in services.photos.for_assessment(entry.id):
                self.by_site.setdefault(entry.site, []).append((entry.day, photo))
        for site in vocab.RASH_SITES:
            if site in self.by_site:
                self.site.addItem(vocabulary(vocab.RASH_SITES[site]), site)
        self.site.currentIndexChanged.connect(self._site_changed)
        self.left.currentIndexChanged.connect(self._show)
        self.right.currentIndexChanged.connect(self._show)
        fit(self, 137, 35)
        if self.site.count():
            self._site_changed()
        else:
            self.left_image.setText(
                translate(
                    "PhotoCompareDialog", "No photos yet. Add one from the rash log (Photo…)."
                )
            )

    def _site_changed(self, *_: Any) -> None:
        photos = self.by_site.get(self.site.currentData(), [])
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for day, photo in photos:
                combo.addItem(formats.day(day), photo)
            combo.blockSignals(False)
        self.left.setCurrentIndex(0)
        self.right.setCurrentIndex(len(photos) - 1)
        self._show()

    def _show(self, *_: Any) -> None:
        for combo, label in ((self.left, self.left_image), (self.right, self.right_image)):
            photo = combo.currentData()
            if photo is None:
                label.clear()
                continue
            pix = photo_pixmap(self.services, photo)
            if pix.isNull():
                label.setText(translate("PhotoCompareDialog", "This photo cannot be shown."))
            else:
                label.setPixmap(
                    pix.scaled(
                        520,
                        520,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            label.setAccessibleDescription(
                translate("PhotoCompareDialog", "Photo of {day}").format(day=combo.currentText())
            )
