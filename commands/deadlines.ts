import { listCommand } from '../src/answers/list-command.js';

export default listCommand('deadline', 'deadlines', ['dl']);
