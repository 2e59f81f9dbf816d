"""Plan (a lead's screen, issue 28): for each deadline and milestone of the campaign, the people
still to collect, the capacity of the sessions planned before it, the shortfall and the
sessions proposed to close it (or what is missing); the lead accepts the proposal in one action
(sessions created, villages booked: the letters are then ready on the Letters screen). Desks
and the show-up rate are the measured ones unless the lead types others (a what-if). At HQ:
the stations that can't meet a deadline, those that could lend, the villages nobody serves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.services.planning import PlanError, accept_plan, missing_text, plan
from station_app.services.progress import ReportError
from station_app.ui.floor_models import RecordTableModel, record_table, say
from station_app.ui.messages import explain
from station_app.ui.numbers import number

LAGGARD = "#fde2e1"
PROPOSED = "#e3f2e1"


class PlanScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: dict | None = None
        self.day: dt.date | None = None  # the plan's day (None: today)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.desks = QSpinBox()
        self.desks.setRange(0, 100)
        self.desks.setSpecialValueText(self.tr("measured"))
        self.show_up = QSpinBox()
        self.show_up.setRange(0, 100)
        self.show_up.setSuffix(" %")
        self.show_up.setSpecialValueText(self.tr("measured"))
        self.recompute = QPushButton(self.tr("&Recompute"))
        self.recompute.clicked.connect(self.refresh)
        self.accept = QPushButton(self.tr("&Accept the proposal: create the sessions and book"))
        self.accept.clicked.connect(self.accept_proposal)
        self.omit = QPushButton(self.tr("&Omit the chosen proposed day"))
        self.omit.clicked.connect(self.omit_day)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.targets = RecordTableModel([
            ("label", self.tr("Deadline or milestone"), self._label),
            ("date", self.tr("By (included)"), lambda r: show_date(r["date"])),
            ("to_collect", self.tr("Still to collect"), lambda r: number(r["to_collect"])),
            ("capacity", self.tr("Capacity planned"), lambda r: number(r["capacity"])),
            ("expected", self.tr("Expected"), lambda r: number(r["expected"])),
            ("shortfall", self.tr("Shortfall"), lambda r: number(r["shortfall"])),
            ("days", self.tr("Days to add"),
             lambda r: str(len({s["day"] for s in r["sessions"]}))),
            ("feasible", self.tr("Outcome"), self._outcome),
        ], colour=lambda r: None if r["feasible"] else LAGGARD, parent=self)
        # the days ahead: those with sessions planned, and each session proposed
        self.sessions = RecordTableModel([
            ("day", self.tr("Day"), lambda r: show_date(r["day"])),
            ("kind", self.tr("Sessions"), lambda r: self.tr("proposed") if r["proposed"]
             else self.tr("planned")),
            ("hours", self.tr("Hours and place"), lambda r: r["hours"]),
            ("capacity", self.tr("Capacity"), lambda r: number(r["capacity"])),
            ("expected", self.tr("Expected"), lambda r: number(r["expected"])),
            ("villages", self.tr("Villages to book"), lambda r: ", ".join(
                f"{v['name']} ({number(v['people'])})" for v in r.get("villages", []))),
        ], colour=lambda r: PROPOSED if r["proposed"] else None, parent=self)
        self.stations = RecordTableModel([
            ("station", self.tr("Station"), None),
            ("label", self.tr("Deadline or milestone"), self._label),
            ("date", self.tr("By (included)"), lambda r: show_date(r["date"])),
            ("shortfall", self.tr("Shortfall"), lambda r: number(r["shortfall"])),
            ("missing", self.tr("Outcome"), self._outcome),
        ], colour=lambda r: None if r["feasible"] else LAGGARD, parent=self)
        self.hq_notes = QLabel()
        self.hq_notes.setWordWrap(True)

        what_if = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Desks"), self.desks)
        form.addRow(self.tr("Show-up rate"), self.show_up)
        what_if.addLayout(form)
        what_if.addWidget(self.recompute)
        what_if.addStretch(1)
        what_if.addWidget(self.omit)
        what_if.addWidget(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(what_if)
        layout.addWidget(QLabel(self.tr("Deadlines and milestones")))
        self.targets_view = record_table(self.targets, stretch=7)
        layout.addWidget(self.targets_view, 1)
        self.sessions_label = QLabel(self.tr("The days ahead: sessions planned, and those "
                                             "proposed (in green)"))
        layout.addWidget(self.sessions_label)
        self.sessions_view = record_table(self.sessions, stretch=5)
        layout.addWidget(self.sessions_view, 2)
        self.stations_label = QLabel(self.tr("Stations that can't meet a deadline with the "
                                             "sessions they planned"))
        layout.addWidget(self.stations_label)
        self.stations_view = record_table(self.stations, stretch=4)
        layout.addWidget(self.stations_view, 2)
        layout.addWidget(self.hq_notes)
        layout.addWidget(self.message)
        self.accept.setEnabled(False)
        self.omit.setEnabled(False)
        self.refresh()

    def activate(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def _label(self, r: dict) -> str:
        if r["kind"] == "milestone":
            return self.tr("Milestone %1").replace("%1", r["label"].split(" – ")[0])
        return self.tr("Ages %1").replace("%1", r["label"])

    def _outcome(self, r: dict) -> str:
        if r.get("missing"):
            return self.tr("cannot fit: missing %1").replace(
                "%1", explain(missing_text(r["missing"])))
        if not r["feasible"]:
            return self.tr("cannot fit at every station")
        if r["shortfall"] > 0:
            return self.tr("fits with the proposal")
        return self.tr("fits")

    def refresh(self) -> None:
        who = self.ctx.session
        desks = self.desks.value() or None
        show_up = self.show_up.value() / 100 or None
        self.accept.setEnabled(False)
        self.omit.setEnabled(False)
        self.message.setText("")
        day = self.day
        self.ctx.worker.query(lambda db: plan(db, day=day, desks=desks, show_up=show_up,
                                              clamp=True, operator=who),
                              on_done=self._show, on_error=self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        self.result = None
        self.summary.setText("")
        for model in (self.targets, self.sessions, self.stations):
            model.set_records([])
        if isinstance(exc, ReportError) and not isinstance(exc, PlanError):
            # with clamp, the only reasons: no campaign, or one with nothing to count against
            say(self.message, self.tr("Nothing to plan for yet: no campaign, or one with no "
                                      "deadline and no last day (see the Campaign "
                                      "screen)."), "warn")
            return
        say(self.message, explain(exc), "error")

    def _show(self, result: dict) -> None:
        self.result = result
        hq = result["hq"]
        for widget in (self.sessions_label, self.sessions_view):
            widget.setVisible(not hq)
        for widget in (self.stations_label, self.stations_view, self.hq_notes):
            widget.setVisible(hq)
        self.accept.setVisible(not hq)  # each station accepts its own plan
        self.omit.setVisible(not hq)
        if hq:
            self._show_hq(result)
            return
        day = result["usual_day"]
        self.summary.setText(
            self.tr("%1, %2: %3 still to collect. %4 desk(s); %5 % of the people invited come "
                    "and are collected (%6); a day the plan proposes (%7) takes %8 people, %9 "
                    "expected.")
            .replace("%1", result["campaign"]).replace("%2", show_date(result["date"]))
            .replace("%3", number(result["remaining"])).replace("%4", str(result["desks"]))
            .replace("%5", f"{100 * result['show_up']:.0f}")
            .replace("%6", self.tr("measured on %1 people").replace(
                "%1", number(result["invited_measured"])) if result["show_up_measured"]
                else self.tr("default: too few people invited yet"))
            .replace("%7", ", ".join(f"{o}–{c}" for o, c in day["hours"]))
            .replace("%8", number(day["capacity"])).replace("%9", number(day["expected"])))
        self.targets.set_records(result["targets"])
        self._show_days()

    def _show_days(self) -> None:
        result = self.result
        proposed = [s | {"proposed": True, "hours": f"{s['opens']}–{s['closes']} {s['place']}"}
                    for t in result["targets"] for s in t["sessions"]]
        planned = [{"day": d["date"], "proposed": False, "hours": "; ".join(d["sessions"]),
                    "capacity": d["capacity"], "expected": d["expected"],
                    "villages": d.get("villages", [])}
                   for d in result["days"]]
        self.sessions.set_records(sorted(planned + proposed, key=lambda r: r["day"]))
        self.accept.setEnabled(bool(proposed))
        self.omit.setEnabled(bool(proposed))

    def omit_day(self) -> None:
        """Leave the chosen proposed day out of what *Accept* creates (the lead's change; the
        figures are those of the whole proposal until computed again)."""
        row = self.sessions.record(self.sessions_view.currentIndex().row()) \
            if self.sessions_view.currentIndex().isValid() else None
        if not row or not row["proposed"] or not self.result:
            say(self.message, self.tr("Choose a proposed day in the list first."), "warn")
            return
        for t in self.result["targets"]:
            t["sessions"] = [s for s in t["sessions"] if s["day"] != row["day"]]
        self._show_days()
        say(self.message, self.tr("%1 left out of the proposal.").replace(
            "%1", show_date(row["day"])), "info")

    def _show_hq(self, result: dict) -> None:
        self.summary.setText(
            self.tr("%1, %2: %3 still to collect across %4 station(s).")
            .replace("%1", result["campaign"]).replace("%2", show_date(result["date"]))
            .replace("%3", number(result["remaining"]))
            .replace("%4", number(len(result["stations"]))))
        targets = {}
        for s in result["stations"]:
            for t in s["targets"]:
                key = (t["kind"], t["label"], t["date"])
                row = targets.setdefault(key, t | {"to_collect": 0, "capacity": 0,
                                                   "expected": 0.0, "shortfall": 0,
                                                   "sessions": [], "feasible": True,
                                                   "missing": None})
                for k in ("to_collect", "capacity", "expected", "shortfall"):
                    row[k] += t[k]
                row["sessions"] = row["sessions"] + t["sessions"]
                row["feasible"] = row["feasible"] and t["feasible"]
        self.targets.set_records(list(targets.values()))
        by_station = {s["station"]: s for s in result["stations"]}
        self.stations.set_records([
            r | {"kind": next(t["kind"] for t in by_station[r["station"]]["targets"]
                              if t["date"] == r["date"] and t["label"] == r["label"]),
                 "feasible": r["proposal_closes_it"], "sessions": []}
            for r in result["short"]])
        lines = []
        if result["lenders"]:
            lines.append(self.tr("Could lend: %1").replace("%1", ", ".join(
                self.tr("%1 (%2 spare, %3 free days)").replace("%1", r["station"])
                .replace("%2", number(r["spare"])).replace("%3", str(r["free_days"]))
                for r in result["lenders"])))
        if result["unserved"]:
            lines.append(self.tr("Villages no station serves yet: %1").replace(
                "%1", ", ".join(f"{v['name']} ({number(v['remaining'])})"
                                for v in result["unserved"])))
        self.hq_notes.setText("\n".join(lines))

    def accept_proposal(self) -> None:
        if not self.result or self.result["hq"]:
            return
        proposal, who = self.result, self.ctx.session
        self.accept.setEnabled(False)

        def done(accepted: dict) -> None:
            booked = accepted["booking"] or {}
            self.refresh()
            say(self.message, self.tr("%1 session(s) created, %2 household(s) booked: their "
                                      "letters are ready on the Letters screen.")
                .replace("%1", number(len(accepted["sessions"])))
                .replace("%2", number(booked.get("households", 0))), "ok")

        def failed(exc: Exception) -> None:
            say(self.message, explain(exc), "error")
            self.accept.setEnabled(True)

        self.ctx.worker.query(lambda db: accept_plan(db, proposal, operator=who), on_done=done,
                              on_error=failed, owner=self)
