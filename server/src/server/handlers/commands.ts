/** workspace/executeCommand: the commands the server offers, each handled by its own file. */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { ConvertSipConfCommand, ExplainLogLineCommand, type ConvertResult, type ExplainResult } from '../../protocol';
import { convertSipConf } from './convertSipConf';
import { executeCommand as explainLogLine } from './explainLogLine';
import type { Session } from '../session';

export const COMMANDS = [ExplainLogLineCommand, ConvertSipConfCommand];

export function executeCommand(s: Session, p: ExecuteCommandParams): ExplainResult | ConvertResult | null {
  if (p.command === ConvertSipConfCommand) return convertSipConf(s, p);
  return explainLogLine(s, p);
}
