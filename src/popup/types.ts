// Shapes shared by the popup's components.

/** Runs one background task at a time: buttons are disabled and `label` is announced meanwhile. */
export type Run = (label: string, task: () => Promise<void>) => Promise<void>;

/** What every copied report carries besides the result. */
export interface ReportContext {
  version: string;
  /** Anything secret the popup knows of (the token typed in its field), to keep out of it. */
  secrets: string[];
  /** The organization's IT support (managed policy), named beside the report buttons and in the reports. */
  supportContact: string | null;
}
