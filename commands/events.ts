import { listCommand } from '../src/answers/list-command.js';

export default listCommand('event', 'events', ['ev', 'calendar']);
