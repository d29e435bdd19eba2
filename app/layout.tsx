// The real root layout is app/[locale]/layout.tsx (it knows the language); this one only passes through.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
