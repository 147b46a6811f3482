/** Resolves in a later task: the browser handles input and paints before the work after it. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
