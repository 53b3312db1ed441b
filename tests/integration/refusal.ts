import { constraintViolation, type ConstraintViolation } from "@/lib/db-errors";

/** The constraint PostgreSQL refused `action` for; fails the test when it was accepted. */
export async function refusal(action: () => Promise<unknown>): Promise<ConstraintViolation> {
  try {
    await action();
  } catch (error) {
    const violation = constraintViolation(error);
    if (!violation) throw error;
    return violation;
  }
  throw new Error("PostgreSQL accepted data it should have refused");
}
