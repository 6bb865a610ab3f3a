// What the shell uses from the Today screen.
export { TodayScreen } from './TodayScreen'
