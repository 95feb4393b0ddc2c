// 界面里的“今天”只有这一个来源：主进程的 today()（经 app.info 取得），不读浏览器自己的时钟，
// 这样界面上的默认日期、“不能晚于今天”与主进程的校验总是同一天（测试钉住日期时也一样）
import { useAppData } from './AppData'

/** Today as main sees it, ISO `YYYY-MM-DD`. */
export function useToday(): string {
  return useAppData().info.today
}
