// 应用外框：左侧导航 + 页面路由
import { ApartmentOutlined, AuditOutlined, CalendarOutlined, DeleteOutlined, MoneyCollectOutlined, FileDoneOutlined, FlagOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import { Layout, Menu } from 'antd'
import type { ReactNode } from 'react'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom'
import { CheckupPage } from './checkups/CheckupPage'
import { CheckupsPage } from './checkups/CheckupsPage'
import { RoundPage } from './checkups/RoundPage'
import { AppDataProvider } from './common/AppData'
import { DevelopmentPage } from './development/DevelopmentPage'
import { DuesPage } from './dues/DuesPage'
import { PersonPage } from './development/PersonPage'
import { HomePage } from './home/HomePage'
import { MeetingsPage } from './meetings/MeetingsPage'
import { RosterPage } from './members/RosterPage'
import { OrgPage } from './org/OrgPage'
import { PrintRoute } from './print/PrintRoute'
import { ProblemsPage } from './problems/ProblemsPage'
import { RecyclePage } from './recycle/RecyclePage'
import { SettingsPage } from './settings/SettingsPage'

const NAV = [
  { key: '/home', icon: <HomeOutlined />, label: '首页' },
  { key: '/orgs', icon: <ApartmentOutlined />, label: '组织' },
  { key: '/members', icon: <TeamOutlined />, label: '党员花名册' },
  { key: '/meetings', icon: <CalendarOutlined />, label: '会议与走访' },
  { key: '/checkups', icon: <FileDoneOutlined />, label: '党建体检' },
  { key: '/problems', icon: <AuditOutlined />, label: '问题整改' },
  { key: '/development', icon: <FlagOutlined />, label: '发展党员' },
  { key: '/dues', icon: <MoneyCollectOutlined />, label: '党费' },
  { key: '/recycle', icon: <DeleteOutlined />, label: '回收站' },
  { key: '/settings', icon: <SettingOutlined />, label: '数据与设置' }
]

export function App(): ReactNode {
  const nav = useNavigate()
  const loc = useLocation()
  const selected = NAV.find((n) => loc.pathname.startsWith(n.key))?.key ?? '/home'
  if (loc.pathname.startsWith('/print/'))
    return (
      <AppDataProvider>
        <Routes>
          <Route path="/print/:kind/:id" element={<PrintRoute />} />
        </Routes>
      </AppDataProvider>
    )
  return (
    <AppDataProvider>
      <Layout style={{ height: '100%' }}>
        <Layout.Sider width={200} theme="dark">
          <div className="brand">
            <span className="brand-tie" />
            红领带党建台账
          </div>
          <Menu theme="dark" mode="inline" selectedKeys={[selected]} items={NAV} onClick={(e) => nav(e.key)} />
        </Layout.Sider>
        <Layout.Content style={{ overflow: 'auto' }}>
          <Routes>
            <Route path="/home" element={<HomePage />} />
            <Route path="/orgs" element={<OrgPage />} />
            <Route path="/members" element={<RosterPage />} />
            <Route path="/meetings/:tab?" element={<MeetingsPage />} />
            <Route path="/checkups" element={<CheckupsPage />} />
            <Route path="/checkups/rounds/:id" element={<RoundPage />} />
            <Route path="/checkups/:id" element={<CheckupPage />} />
            <Route path="/problems" element={<ProblemsPage />} />
            <Route path="/development" element={<DevelopmentPage />} />
            <Route path="/development/:id" element={<PersonPage />} />
            <Route path="/dues/:tab?" element={<DuesPage />} />
            <Route path="/recycle" element={<RecyclePage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/home" replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </AppDataProvider>
  )
}
