/** workspace/executeCommand: the server's commands, each handled in its own file. */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { WhoAnswersCommand } from '../../protocol';
import type { Session } from '../session';
import { COMMANDS as EXPLAIN_COMMANDS, executeCommand as explainCommand } from './explainLogLine';
import { whoAnswers } from './whoAnswers';

export const COMMANDS = [...EXPLAIN_COMMANDS, WhoAnswersCommand];

export function executeCommand(s: Session, p: ExecuteCommandParams): unknown {
  if (p.command === WhoAnswersCommand) return whoAnswers(s, p);
  return explainCommand(s, p);
}
