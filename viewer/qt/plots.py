"""The plot panel: a pyqtgraph plot of the visible indicators, linked to the table both ways.

Public API
----------
``PlotPanel(parent=None)``, a ``QWidget``:

``set_frame(frame)``           the full indicators frame (``viewer.core.schema.indicators_frame``);
                               every row is visible until ``set_visible`` says otherwise
``set_visible(row_ids)``       the visible row ids, filtered and in the table's order
``set_selected(row_id|None)``  highlight that row's bar or point (and follow its unit/indicator
                               while the chooser is on "Automatic")
``rowClicked(int)``            signal: the user clicked the bar or point of that row id
``state() -> dict`` / ``set_state(dict)``  the plot kind and choices as plain data (JSON-able)
``stateChanged(dict)``         signal: the user changed the kind or a choice
``retranslate()``              re-set the texts after the interface language changed
``canvas``                     the ``PlotCanvas`` (for ``viewer.qt.plot_export.save_plot``)
``plot_data``                  the ``PlotData`` now drawn

Kinds: the visible indicators of one unit (bars), one indicator across subjects (bars), one
indicator over years (lines), growth rates (bars); see ``viewer.core.plot_data``.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pandas as pd
from PySide6 import QtCore, QtWidgets

from viewer.core.plot_data import (
    GROWTH_KIND_LABELS,
    KIND_LABELS,
    PLOT_KINDS,
    PlotData,
    PlotState,
    build_plot,
    indicator_choices,
    unit_choices,
)
from viewer.core.schema import indicators_frame
from viewer.qt.formatting import format_growth, format_value, source_name
from viewer.qt.plot_kinds import PlotCanvas

class PlotPanel(QtWidgets.QWidget):
    rowClicked = QtCore.Signal(int)
    stateChanged = QtCore.Signal(dict)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._frame: pd.DataFrame = indicators_frame([])
        self._visible: np.ndarray = np.empty(0, dtype=np.int64)
        self._selected: int | None = None
        self._state = PlotState()
        self._build_widgets()
        self._refresh()

    # ------------------------------------------------------------------ public

    @property
    def canvas(self) -> PlotCanvas:
        return self._canvas

    @property
    def plot_data(self) -> PlotData:
        return self._canvas.plot_data

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    @property
    def visible(self) -> np.ndarray:
        return self._visible

    @property
    def selected(self) -> int | None:
        return self._selected

    def set_frame(self, frame: pd.DataFrame) -> None:
        self._frame = frame.reset_index(drop=True)
        self._visible = np.arange(len(self._frame), dtype=np.int64)
        self._selected = None
        self._refresh()

    def set_visible(self, row_ids: np.ndarray) -> None:
        self._visible = np.asarray(row_ids, dtype=np.int64)
        self._refresh()

    def set_selected(self, row_id: int | None) -> None:
        self._selected = None if row_id is None else int(row_id)
        follows_selection = (self._state.kind == "unit_bars" and self._state.unit is None) or (
            self._state.kind in ("compare", "years") and self._state.indicator is None
        )
        if follows_selection and self._selected is not None and self._selected not in self.plot_data.row_ids:
            self._refresh()
        else:
            self._canvas.set_selected(self._selected)

    def state(self) -> dict[str, Any]:
        return self._state.to_dict()

    def set_state(self, state: dict[str, Any]) -> None:
        self._state = PlotState.from_dict(state)
        self._refresh()

    # ------------------------------------------------------------------ widgets

    def _build_widgets(self) -> None:
        self._kind_box = QtWidgets.QComboBox()
        for kind in PLOT_KINDS:
            self._kind_box.addItem(KIND_LABELS[kind], kind)
        self._choice_box = QtWidgets.QComboBox()
        self._choice_box.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._choice_box.setMaxVisibleItems(25)
        self._log_box = QtWidgets.QCheckBox()
        self._canvas = PlotCanvas(self)

        controls = QtWidgets.QHBoxLayout()
        self._kind_label = QtWidgets.QLabel()
        controls.addWidget(self._kind_label)
        controls.addWidget(self._kind_box)
        self._choice_label = QtWidgets.QLabel()
        controls.addWidget(self._choice_label)
        controls.addWidget(self._choice_box, 1)
        controls.addWidget(self._log_box)
        controls.addStretch(0)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self._canvas, 1)

        self._kind_box.activated.connect(self._on_kind)
        self._choice_box.activated.connect(self._on_choice)
        self._log_box.toggled.connect(self._on_log)
        self._canvas.rowClicked.connect(self.rowClicked)
        self._set_texts()

    def _set_texts(self) -> None:
        self._kind_label.setText(self.tr("Plot:"))
        self._kind_box.setToolTip(self.tr("What to plot"))
        for index, kind in enumerate(PLOT_KINDS):
            self._kind_box.setItemText(index, self._translate(KIND_LABELS[kind]))
        self._log_box.setText(self.tr("Log scale"))
        self._log_box.setToolTip(self.tr("Logarithmic value axis (rows with values of zero or less are left out)"))

    def retranslate(self) -> None:
        self._set_texts()
        self._refresh()

    def _translate(self, text: str) -> str:
        return QtCore.QCoreApplication.translate("PlotPanel", text)

    def _on_kind(self, index: int) -> None:
        kind = self._kind_box.itemData(index)
        if kind != self._state.kind:
            self._state = PlotState(kind=kind, log_scale=self._state.log_scale)
            self._user_changed_state()

    def _on_choice(self, index: int) -> None:
        choice = self._choice_box.itemData(index)
        if self._state.kind == "unit_bars":
            self._state.unit = choice
        else:
            self._state.indicator = choice
        self._user_changed_state()

    def _on_log(self, checked: bool) -> None:
        if checked != self._state.log_scale:
            self._state.log_scale = checked
            self._user_changed_state()

    def _user_changed_state(self) -> None:
        self._refresh()
        self.stateChanged.emit(self.state())

    # ------------------------------------------------------------------ refresh

    def _refresh(self) -> None:
        data = build_plot(self._frame, self._visible, self._state, self._selected, self._translate)
        self._sync_controls(data)
        self._canvas.draw(data, self._describe)
        self._canvas.set_selected(self._selected)

    def _sync_controls(self, data: PlotData) -> None:
        kind = self._state.kind
        self._kind_box.setCurrentIndex(PLOT_KINDS.index(kind))
        self._log_box.setVisible(kind in ("unit_bars", "compare"))
        self._log_box.blockSignals(True)
        self._log_box.setChecked(self._state.log_scale)
        self._log_box.blockSignals(False)

        uses_choice = kind != "growth"
        self._choice_box.setVisible(uses_choice)
        self._choice_label.setVisible(uses_choice)
        if not uses_choice:
            return
        if kind == "unit_bars":
            self._choice_label.setText(self.tr("Unit:"))
            choices, pinned, resolved = unit_choices(self._frame, self._visible), self._state.unit, data.unit
        else:
            self._choice_label.setText(self.tr("Indicator:"))
            choices = indicator_choices(self._frame, self._visible, kind)
            pinned, resolved = self._state.indicator, data.indicator
        self._fill_choices(choices, pinned, resolved)

    def _fill_choices(self, choices: list[tuple[str, int]], pinned: str | None, resolved: str) -> None:
        box = self._choice_box
        box.blockSignals(True)
        box.clear()
        automatic = self.tr("Automatic")
        box.addItem(f"{automatic} ({resolved})" if resolved else automatic, None)
        names = [name for name, _ in choices]
        if pinned and pinned not in names:
            choices = [*choices, (pinned, 0)]
        for name, count in choices:
            box.addItem(f"{name} ({count})", name)
        box.setCurrentIndex(max(0, box.findData(pinned)) if pinned else 0)
        box.blockSignals(False)

    def _describe(self, row_id: int) -> str:
        """The hover text of a row's mark: what, how much, whose, and the words it was read from."""
        if not 0 <= row_id < len(self._frame):
            return ""
        row = self._frame.iloc[row_id]
        lines = [f"<b>{html.escape(row['indicator'])}</b>: {html.escape(format_value(row['value'], row['unit']))}"]
        if not pd.isna(row["growth_pct"]):
            growth = format_growth(row["growth_pct"], self._translate(GROWTH_KIND_LABELS.get(row["growth_kind"], "")))
            lines.append(html.escape(self.tr("Growth: {0}").format(growth)))
        details = [row["subject"], "" if pd.isna(row["year"]) else str(row["year"]), source_name(row["source"])]
        lines.append(html.escape(" · ".join(d for d in details if d)))
        if row["quote"]:
            lines.append(f"<i>{html.escape(row['quote'])}</i>")
        return "<br>".join(line for line in lines if line)


__all__ = ["PlotPanel"]
