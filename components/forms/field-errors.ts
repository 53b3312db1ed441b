/**
 * The first message of each field a schema refused, kept only when it is one of the area's own keys
 * (`prefix`, e.g. "deskWork.errors."): zod's own English texts never reach a form. `fieldOf` names
 * the field of an issue's path (by default its first segment).
 */
export function fieldErrorsUnder<Key extends string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: string,
  fieldOf: (path: readonly PropertyKey[]) => string = (path) => String(path[0] ?? "form"),
): Partial<Record<string, Key>> {
  const errors: Partial<Record<string, Key>> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!errors[field] && issue.message.startsWith(prefix)) errors[field] = issue.message as Key;
  }
  return errors;
}
