// Editing a guided procedure: texts, order, use, a new step; what the desk's checklist then shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadProcedure } from "@/lib/desk/procedure";
import { addStep, editStep, listSteps, moveStep, setStepActive } from "@/lib/procedures/admin";
import { stepAddSchema, stepEditSchema } from "@/lib/procedures/schema";

import { createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let desk: BookingDesk;
let actorId: string;

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
  actorId = (await fresh.db.user.create({ data: { email: "olp@example.org", name: "OLP", role: "OLP" } })).id;
  await fresh.db.procedureStep.createMany({
    data: [
      { serviceId: desk.serviceId, key: "id_document", position: 1, kind: "ID_DOCUMENT", labelIt: "Documento", labelEn: "Document", options: [{ value: "CIE", labelIt: "CIE", labelEn: "CIE" }] },
      { serviceId: desk.serviceId, key: "pin_released", position: 2, kind: "CHECK", labelIt: "PIN rilasciato", labelEn: "PIN released" },
    ],
  });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("procedure administration", () => {
  it("adds a step at the end with a unique key, edits it, moves it up and takes it out, as the desk then sees", async () => {
    const add = stepAddSchema.parse({ serviceCode: "PIN_PUK", labelIt: "Email verificata", labelEn: "E-mail checked", hintIt: "", hintEn: "", required: "on" });
    expect(await addStep(fresh.db, { ...add, actorId })).toEqual({ ok: true });
    expect(await addStep(fresh.db, { ...add, actorId })).toEqual({ ok: true });
    let steps = (await listSteps(fresh.db, "PIN_PUK"))!.steps;
    expect(steps.map((step) => [step.key, step.position])).toEqual([
      ["id_document", 1],
      ["pin_released", 2],
      ["email_verificata", 3],
      ["email_verificata_2", 4],
    ]);

    const edit = stepEditSchema.parse({ stepId: steps[2].id, labelIt: "E-mail personale verificata", labelEn: "Personal e-mail checked", hintIt: "Con un messaggio di prova", hintEn: "", required: "" });
    expect(await editStep(fresh.db, { ...edit, actorId })).toEqual({ ok: true });
    expect(await moveStep(fresh.db, { stepId: steps[2].id, direction: "up", actorId })).toEqual({ ok: true });
    expect(await moveStep(fresh.db, { stepId: steps[0].id, direction: "up", actorId })).toEqual({ ok: false, reason: "edge" });
    expect(await setStepActive(fresh.db, { stepId: steps[3].id, active: false, actorId })).toEqual({ ok: true });

    const checklist = await loadProcedure(fresh.db, desk.serviceId, "it");
    expect(checklist.map((step) => [step.key, step.label, step.hint, step.required])).toEqual([
      ["id_document", "Documento", null, true],
      ["email_verificata", "E-mail personale verificata", "Con un messaggio di prova", false],
      ["pin_released", "PIN rilasciato", null, true],
    ]);
    steps = (await listSteps(fresh.db, "PIN_PUK"))!.steps;
    expect(steps.map((step) => step.position)).toEqual([1, 2, 3, 4]);
    const actions = await fresh.db.auditLog.findMany({ where: { actorId }, select: { action: true } });
    expect(new Set(actions.map((entry) => entry.action))).toEqual(new Set(["procedure.add_step", "procedure.edit_step", "procedure.move_step", "procedure.disable_step"]));
  });

  it("refuses an empty label and an unknown service, with keys for the form", async () => {
    expect(stepEditSchema.safeParse({ stepId: "6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70", labelIt: " ", labelEn: "x" }).error?.issues[0].message).toBe("procedures.errors.labelRequired");
    const add = stepAddSchema.parse({ serviceCode: "NOT_THERE", labelIt: "x", labelEn: "x", required: "" });
    expect(await addStep(fresh.db, { ...add, actorId })).toEqual({ ok: false, reason: "not_found" });
  });
});
