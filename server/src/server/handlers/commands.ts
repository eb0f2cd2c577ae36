/** workspace/executeCommand: the commands the server offers, each handled by its own file. */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { ConvertSipConfCommand, WhoAnswersCommand } from '../../protocol';
import type { Session } from '../session';
import { convertSipConf } from './convertSipConf';
import { COMMANDS as EXPLAIN_COMMANDS, executeCommand as explainCommand } from './explainLogLine';
import { whoAnswers } from './whoAnswers';

export const COMMANDS = [...EXPLAIN_COMMANDS, WhoAnswersCommand, ConvertSipConfCommand];

export function executeCommand(s: Session, p: ExecuteCommandParams): unknown {
  if (p.command === WhoAnswersCommand) return whoAnswers(s, p);
  if (p.command === ConvertSipConfCommand) return convertSipConf(s, p);
  return explainCommand(s, p);
}
